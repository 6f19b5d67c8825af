package io.starbridge.sim.ship;

import io.starbridge.sim.StateHash;

/** One subsystem of one ship: its health, engineering's allocation and the power it receives. */
public final class Subsystem implements java.io.Serializable {
    private final SubsystemSpec spec;
    private double health;
    /** Engineering's allocation, 0..2 (1 = nominal). */
    private double allocation = 1.0;
    /** Power units asked for and delivered this tick. */
    private double asked, power;

    Subsystem(SubsystemSpec spec) {
        this.spec = spec;
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

    public void setAllocation(double allocation) { this.allocation = allocation; }
    void setPower(double asked, double power) { this.asked = asked; this.power = power; }

    /** Share of what it asked for that it got this tick, 0..1 (1 when it asked for nothing). */
    public double satisfaction() { return asked <= 0 ? 1 : power / asked; }

    /** Power delivered relative to nominal demand (0..2); the reactor is always 1 while it stands. */
    public double powerRatio() {
        if (spec.powerDemand() <= 0) return destroyed() ? 0 : 1;
        return power / spec.powerDemand();
    }

    /** How well it works this tick: power ratio × health fraction, 0 when destroyed (0..2). */
    public double effect() {
        return destroyed() ? 0 : powerRatio() * healthFraction();
    }

    /** Takes damage, never below zero. @return true if this hit destroyed it */
    public boolean damage(double amount) {
        if (destroyed() || amount <= 0) return false;
        health = StrictMath.max(0, health - amount);
        return destroyed();
    }

    /** Restores health of a damaged, not destroyed, subsystem; never above max. */
    public void repair(double amount) {
        if (destroyed()) return;
        health = StrictMath.min(spec.maxHealth(), health + amount);
    }

    void hashInto(StateHash h) {
        h.add(health).add(allocation).add(asked).add(power);
    }
}
