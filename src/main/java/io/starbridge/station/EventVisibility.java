package io.starbridge.station;

import io.starbridge.sim.World;
import io.starbridge.sim.event.BeamFired;
import io.starbridge.sim.event.BecameDerelict;
import io.starbridge.sim.event.CloakDisengaged;
import io.starbridge.sim.event.CloakEngaged;
import io.starbridge.sim.event.CombatManeuverStarted;
import io.starbridge.sim.event.CommandRejected;
import io.starbridge.sim.event.CommsMessage;
import io.starbridge.sim.event.ContactDetected;
import io.starbridge.sim.event.ContactLost;
import io.starbridge.sim.event.JumpCompleted;
import io.starbridge.sim.event.JumpSpooled;
import io.starbridge.sim.event.JumpStarted;
import io.starbridge.sim.event.ScanCompleted;
import io.starbridge.sim.event.SelfDestructAborted;
import io.starbridge.sim.event.SelfDestructArmed;
import io.starbridge.sim.event.SelfDestructConfirmed;
import io.starbridge.sim.event.SelfDestructDetonated;
import io.starbridge.sim.event.ShipDestroyed;
import io.starbridge.sim.event.ShipHit;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.event.SubsystemDestroyed;
import io.starbridge.sim.event.TorpedoDetonated;
import io.starbridge.sim.event.TorpedoIntercepted;
import io.starbridge.sim.event.TorpedoLaunched;
import io.starbridge.sim.event.WeaponsReleased;
import io.starbridge.sim.ship.Ship;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Which events a ship's stations may hear (docs/protocol.md §4.3): those naming the ship, its
 * torpedoes, or a ship its sensors detect now; what another ship's sensors saw stays secret.
 * One per game, fed every tick on the tick thread (it remembers who launched each torpedo).
 */
public final class EventVisibility {
    /** A self-destruct's flash is seen this many blast radii away. */
    static final double BLAST_SEEN_RADII = 10;

    private final Map<Integer, Integer> torpedoOwners = new HashMap<>();
    /** The interest of the station being asked about (tick thread only). */
    private IntPredicate interest = id -> true;

    /** Call once per tick before asking {@link #visible}. */
    public void observe(List<SimEvent> events) {
        for (SimEvent e : events)
            if (e instanceof TorpedoLaunched t) torpedoOwners.put(t.torpedoId(), t.shipId());
    }

    /** Call once per tick after every station was served: forgets torpedoes that are gone. */
    public void afterTick(List<SimEvent> events) {
        for (SimEvent e : events) {
            if (e instanceof TorpedoDetonated t) torpedoOwners.remove(t.torpedoId());
            else if (e instanceof TorpedoIntercepted t) torpedoOwners.remove(t.torpedoId());
        }
    }

    /** As {@link #visible(SimEvent, World, Ship, IntPredicate)} with every detected ship of interest. */
    public boolean visible(SimEvent e, World world, Ship own) {
        return visible(e, world, own, id -> true);
    }

    /**
     * @param interest which detected ships the station cares about (those its view lists): events
     *                 about other ships' doings are sent only for them
     */
    public boolean visible(SimEvent e, World world, Ship own, IntPredicate interest) {
        this.interest = interest;
        int me = own.id();
        if (e instanceof CommandRejected) return false;
        if (e instanceof ContactDetected c) return c.observerId() == me;
        if (e instanceof ContactLost c) return c.observerId() == me;
        if (e instanceof ScanCompleted c) return c.observerId() == me;
        if (e instanceof ShipHit h) return h.targetId() == me || h.attackerId() == me || sees(own, h.targetId());
        if (e instanceof BeamFired b) return b.shipId() == me || b.targetId() == me || sees(own, b.shipId());
        if (e instanceof TorpedoLaunched t) return t.shipId() == me || t.targetId() == me || sees(own, t.shipId());
        if (e instanceof TorpedoDetonated t)
            return t.hitShipId() == me || ownsTorpedo(me, t.torpedoId()) || sees(own, t.hitShipId());
        if (e instanceof TorpedoIntercepted t) return t.byShipId() == me || ownsTorpedo(me, t.torpedoId());
        if (e instanceof SubsystemDestroyed s) return s.shipId() == me || sees(own, s.shipId());
        if (e instanceof BecameDerelict d) return d.shipId() == me || sees(own, d.shipId());
        if (e instanceof ShipDestroyed d) return d.shipId() == me || sees(own, d.shipId());
        if (e instanceof JumpCompleted j) return j.shipId() == me || sees(own, j.shipId());
        if (e instanceof JumpStarted j) return j.shipId() == me || sees(own, j.shipId());
        // a cloak's state is only known to its own crew; sensors show the result (contact lost)
        if (e instanceof CloakEngaged c) return c.shipId() == me;
        if (e instanceof CloakDisengaged c) return c.shipId() == me;
        if (e instanceof JumpSpooled j) return j.shipId() == me;
        if (e instanceof WeaponsReleased w) return w.shipId() == me;
        if (e instanceof CombatManeuverStarted c) return c.shipId() == me;
        // the suit channel is the ship's own radio: every station of the ship hears it, nobody else
        if (e instanceof CommsMessage m) return m.shipId() == me;
        // a countdown is known to the crews the alert section shows it to; the blast is seen from afar
        if (e instanceof SelfDestructConfirmed c) return SelfDestructAlerts.knows(world, me, c.shipId());
        if (e instanceof SelfDestructArmed a) return SelfDestructAlerts.knows(world, me, a.shipId());
        if (e instanceof SelfDestructAborted a) return SelfDestructAlerts.knows(world, me, a.shipId());
        if (e instanceof SelfDestructDetonated d) return SelfDestructAlerts.knows(world, me, d.shipId()) || sees(own, d.shipId())
                || own.motion.distanceTo(d.x(), d.y()) <= BLAST_SEEN_RADII * d.blastRadius();
        Boolean boarding = TeamEventVisibility.visible(e, world, own);
        if (boarding != null) return boarding;
        return false;
    }

    private boolean ownsTorpedo(int me, int torpedoId) {
        Integer owner = torpedoOwners.get(torpedoId);
        return owner != null && owner == me;
    }

    private boolean sees(Ship own, int shipId) {
        return shipId >= 0 && own.contacts.detects(shipId) && interest.test(shipId);
    }
}
