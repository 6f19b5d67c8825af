package io.starbridge.sim.ship;

import io.starbridge.sim.StateHash;

/** One subsystem of one ship: its health, engineering's allocation and the power it receives. */
public final class Subsystem implements java.io.Serializable {
    private final SubsystemSpec spec;
    /** The ship it belongs to: told when something the power shares depend on changes. */
    private final Ship ship;
    private double health;
    /** Engineering's allocation, 0..2 (1 = nominal). */
    private double allocation = 1.0;
    /** Power units asked for and delivered this tick. */
    private double asked, power;
    /**
     * Pure cache of {@link #effect()} (valid while {@code effectKnown}; false after a restore): it is
     * asked many times a tick and changes only with power and health, which only this class sets.
     */
    private transient double effect;
    private transient boolean effectKnown;

    Subsystem(SubsystemSpec spec, Ship ship) {
        this.spec = spec;
        this.ship = ship;
        this.health = spec.maxHealth();
    }

    public SubsystemSpec spec() { return spec; }
    public String id() { return spec.id(); }
    public SubsystemKind kind() { return spec.kind(); }
    public boolean critical() { return spec.subsystemClass() == SubsystemClass.CRITICAL; }
    public double health() { return health; }
    public double healthFraction() { return health / spec.maxHealth(); }
    public boolean destroyed() { return health <= 0; }
    public double allocation() { return allocation; }
    public double power() { return power; }

    public void setAllocation(double allocation) {
        this.allocation = allocation;
        ship.powerInputsChanged();
    }
    void setPower(double asked, double power) {
        this.asked = asked;
        this.power = power;
        effectKnown = false;
    }

    /** Share of what it asked for that it got this tick, 0..1 (1 when it asked for nothing). */
    public double satisfaction() { return asked <= 0 ? 1 : power / asked; }

    /** Power delivered relative to nominal demand (0..2); the reactor is always 1 while it stands. */
    public double powerRatio() {
        if (spec.powerDemand() <= 0) return destroyed() ? 0 : 1;
        return power / spec.powerDemand();
    }

    /** How well it works this tick: power ratio × health fraction, 0 when destroyed (0..2). */
    public double effect() {
        if (!effectKnown) {
            effect = destroyed() ? 0 : powerRatio() * healthFraction();
            effectKnown = true;
        }
        return effect;
    }

    /** Takes damage, never below zero. @return true if this hit destroyed it */
    public boolean damage(double amount) {
        if (destroyed() || amount <= 0) return false;
        health = StrictMath.max(0, health - amount);
        effectKnown = false;
        // the shares depend on a subsystem's health only through whether it stands, and on the
        // reactor's through the supply
        if (destroyed() || spec.kind() == SubsystemKind.REACTOR) ship.powerInputsChanged();
        return destroyed();
    }

    /** Restores health of a damaged, not destroyed, subsystem; never above max. */
    public void repair(double amount) {
        if (destroyed()) return;
        health = StrictMath.min(spec.maxHealth(), health + amount);
        effectKnown = false;
        // a repair never raises a destroyed subsystem: only the reactor's changes the shares
        if (spec.kind() == SubsystemKind.REACTOR) ship.powerInputsChanged();
    }

    void hashInto(StateHash h) {
        h.add(health).add(allocation).add(asked).add(power);
    }
}
