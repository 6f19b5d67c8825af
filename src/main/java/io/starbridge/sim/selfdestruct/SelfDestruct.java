package io.starbridge.sim.selfdestruct;

import io.starbridge.sim.StateHash;
import io.starbridge.sim.Tick;

/**
 * One ship's self-destruct as the scenario installs it: countdown (ticks), blast radius (metres
 * from the ship's centre to another ship's hull) and blast damage (hull points at zero distance,
 * falling linearly to none at the radius). Arming and aborting each follow the {@link TwoPersonRule}.
 */
public final class SelfDestruct implements java.io.Serializable {
    private final int shipId;
    private final int countdownTicks;
    private final double blastRadius;
    private final double blastDamage;
    final TwoPersonRule arming = new TwoPersonRule();
    final TwoPersonRule aborting = new TwoPersonRule();
    boolean armed;
    long detonationTick = -1;
    boolean detonated;

    SelfDestruct(int shipId, int countdownTicks, double blastRadius, double blastDamage) {
        this.shipId = shipId;
        this.countdownTicks = countdownTicks;
        this.blastRadius = blastRadius;
        this.blastDamage = blastDamage;
    }

    public int shipId() { return shipId; }
    public int countdownTicks() { return countdownTicks; }
    public double blastRadius() { return blastRadius; }
    public double blastDamage() { return blastDamage; }
    public boolean armed() { return armed; }
    public boolean detonated() { return detonated; }
    /** Tick at which an armed ship explodes, -1 when not armed. */
    public long detonationTick() { return armed ? detonationTick : -1; }

    /** Countdown left at a tick, seconds (what every station shows); -1 when not armed. */
    public double secondsLeft(long tick) {
        return armed ? StrictMath.max(0, detonationTick - tick) / (double) Tick.HZ : -1;
    }

    /** People whose arming confirmation waits for a second person at this tick. */
    public java.util.List<String> waitingToArm(long tick) { return arming.waiting(tick); }

    /** People whose abort waits for a second person at this tick. */
    public java.util.List<String> waitingToAbort(long tick) { return aborting.waiting(tick); }

    /** Hull damage at a given distance from the blast to a hull, metres (0 beyond the radius). */
    public double damageAt(double gap) {
        if (gap > blastRadius) return 0;
        return blastDamage * (1 - StrictMath.max(0, gap) / blastRadius);
    }

    void hashInto(StateHash h) {
        h.add(shipId).add(countdownTicks).add(blastRadius).add(blastDamage).add(armed).add(detonationTick).add(detonated);
        arming.hashInto(h);
        aborting.hashInto(h);
    }
}
