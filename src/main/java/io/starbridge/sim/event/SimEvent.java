package io.starbridge.sim.event;

/**
 * Something that happened in one tick. Drills, after-action reports, sounds and outcomes are
 * all computed from events; events never feed back into the simulation.
 */
public sealed interface SimEvent extends java.io.Serializable permits
        CommandRejected, WeaponsReleased, JumpSpooled, JumpStarted, JumpCompleted,
        CloakEngaged, CloakDisengaged, ContactDetected, ContactLost, ScanCompleted,
        BeamFired, TorpedoLaunched, TorpedoDetonated, TorpedoIntercepted, ShipHit,
        SubsystemDestroyed, BecameDerelict, ShipDestroyed, CombatManeuverStarted,
        Docked, Undocked, MemberMoved, DoorOpened, CaptiveFound, BodyFound, CaptiveRescued, CaptiveLost, MemberLost,
        SelfDestructConfirmed, SelfDestructArmed, SelfDestructAborted, SelfDestructDetonated,
        CommsMessage {
    /** The tick in which it happened. */
    long tick();
}
