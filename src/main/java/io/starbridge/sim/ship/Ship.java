package io.starbridge.sim.ship;

import io.starbridge.sim.ContactBook;
import io.starbridge.sim.StateHash;

/**
 * One ship in the world. Its state is grouped by concern (kinematics, helm, jump, cloak, weapons);
 * each concern's system mutates only its own group, plus the damage path for hits.
 */
public final class Ship implements java.io.Serializable {
    private final int id;
    private final String name;
    /** Side in the conflict; ships of different factions are hostile. */
    private final int faction;
    private final HullClass hull;
    private final Subsystem[] subsystems;
    /** The first subsystem of each kind (by ordinal), or null: effect() is asked many times a tick. */
    private final Subsystem[] firstOfKind = new Subsystem[SubsystemKind.values().length];

    public final Kinematics motion = new Kinematics();
    public final HelmState helm = new HelmState();
    public final JumpState jump = new JumpState();
    public final CloakState cloak = new CloakState();
    public final WeaponsState weapons;
    public final ContactBook contacts = new ContactBook();

    private double hullPoints;
    /** Shield hit points, front and rear arcs. */
    public double shieldFront, shieldRear;
    /** Ship being scanned by science, or -1; progress 0..1. */
    public int scanTargetId = -1;
    public double scanProgress;
    /** Subsystem index the repair crew works on, or -1. */
    public int repairIndex = -1;
    /** The last ship that hit this one (-1 = none), when, and where the attacker was then. */
    public int lastAttackerId = -1;
    public long lastAttackedTick = -1;
    public double lastAttackerX, lastAttackerY;
    private boolean derelict;
    private boolean destroyed;
    /**
     * Bumped whenever a subsystem's allocation changes, a subsystem is destroyed or the reactor's
     * health changes — every input of the power shares but the cloak — so the power system tells an
     * unchanged ship by one comparison. Transient: a restored ship is a new object, which the power
     * system's cache does not know anyway.
     */
    private transient int powerInputsRevision;

    public Ship(int id, String name, int faction, HullClass hull) {
        this.id = id;
        this.name = name;
        this.faction = faction;
        this.hull = hull;
        this.subsystems = new Subsystem[hull.subsystems().size()];
        for (int i = 0; i < subsystems.length; i++) subsystems[i] = new Subsystem(hull.subsystems().get(i), this);
        for (int i = subsystems.length - 1; i >= 0; i--) firstOfKind[subsystems[i].kind().ordinal()] = subsystems[i];
        this.weapons = new WeaponsState(hull.mounts().size(), hull.torpedoStock());
        this.hullPoints = hull.maxHull();
        this.shieldFront = hull.shieldFront();
        this.shieldRear = hull.shieldRear();
        // a ship starts powered: commands of the very first tick see its reactor's output
        PowerSystem.distribute(this);
    }

    public int id() { return id; }
    public String name() { return name; }
    public int faction() { return faction; }
    public HullClass hull() { return hull; }
    public double hullPoints() { return hullPoints; }
    public boolean derelict() { return derelict; }
    public boolean destroyed() { return destroyed; }
    public boolean inHyperspace() { return jump.phase == JumpPhase.IN_HYPERSPACE; }
    /** In normal space and not destroyed: it can be seen, hit and can act. */
    public boolean present() { return !destroyed && jump.phase != JumpPhase.IN_HYPERSPACE; }
    public boolean hostileTo(Ship other) { return other.faction != faction; }

    public int subsystemCount() { return subsystems.length; }
    public Subsystem subsystem(int index) { return subsystems[index]; }

    /** The subsystem with this id, or null. */
    public Subsystem subsystem(String subsystemId) {
        int i = hull.subsystemIndex(subsystemId);
        return i < 0 ? null : subsystems[i];
    }

    /** The first subsystem of a kind, or null if the hull has none. */
    public Subsystem subsystemOf(SubsystemKind kind) {
        return firstOfKind[kind.ordinal()];
    }

    /** Effect (power × health, 0..2) of the first subsystem of a kind; 0 if the hull has none. */
    public double effect(SubsystemKind kind) {
        Subsystem s = firstOfKind[kind.ordinal()];
        return s == null ? 0 : s.effect();
    }

    /** Removes hull points; marks the ship destroyed at zero. @return true if this destroyed it */
    public boolean damageHull(double amount) {
        if (destroyed || amount <= 0) return false;
        hullPoints = StrictMath.max(0, hullPoints - amount);
        if (hullPoints == 0) { destroyed = true; return true; }
        return false;
    }

    void powerInputsChanged() { powerInputsRevision++; }

    /** See {@link #powerInputsRevision}; equal values mean equal power inputs (the cloak apart). */
    int powerInputsRevision() { return powerInputsRevision; }

    public void markDerelict() { derelict = true; }

    /** Destroyed outright (e.g. self-destruct, or scenario removal). */
    public void markDestroyed() { destroyed = true; hullPoints = 0; }

    public void hashInto(StateHash h) {
        h.add(id).add(faction).add(hull.id()).add(hullPoints).add(shieldFront).add(shieldRear)
                .add(scanTargetId).add(scanProgress).add(repairIndex).add(lastAttackerId).add(lastAttackedTick)
                .add(lastAttackerX).add(lastAttackerY).add(derelict).add(destroyed);
        motion.hashInto(h);
        helm.hashInto(h);
        jump.hashInto(h);
        cloak.hashInto(h);
        weapons.hashInto(h);
        for (Subsystem s : subsystems) s.hashInto(h);
        contacts.hashInto(h);
    }
}
