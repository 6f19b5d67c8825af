package io.starbridge.sim.weapons;

import io.starbridge.sim.StateHash;
import io.starbridge.sim.ship.TorpedoSpec;

/**
 * A torpedo in flight. It homes on its target ship while its seeker can see it, otherwise flies to
 * its aim point (the target's last-known position) and detonates there. Positions in metres.
 */
public final class Torpedo implements java.io.Serializable {
    final int id;
    final int ownerId;
    final int faction;
    final TorpedoSpec spec;
    double x, y, heading;
    /** Ship it homes on, or -1 for a point attack. */
    final int targetShipId;
    /** Subsystem hit on a direct hit, or null for whole ship. */
    final String targetSubsystemId;
    double aimX, aimY;
    int ticksLeft;
    double hitPoints;
    boolean alive = true;

    Torpedo(int id, int ownerId, int faction, TorpedoSpec spec, double x, double y, double heading,
            int targetShipId, String targetSubsystemId, double aimX, double aimY, int ticksLeft) {
        this.id = id;
        this.ownerId = ownerId;
        this.faction = faction;
        this.spec = spec;
        this.x = x;
        this.y = y;
        this.heading = heading;
        this.targetShipId = targetShipId;
        this.targetSubsystemId = targetSubsystemId;
        this.aimX = aimX;
        this.aimY = aimY;
        this.ticksLeft = ticksLeft;
        this.hitPoints = spec.hitPoints();
    }

    public int id() { return id; }
    public int ownerId() { return ownerId; }
    public int faction() { return faction; }
    public double x() { return x; }
    public double y() { return y; }
    public double heading() { return heading; }
    public int targetShipId() { return targetShipId; }
    public boolean alive() { return alive; }

    public void hashInto(StateHash h) {
        h.add(id).add(ownerId).add(x).add(y).add(heading).add(targetShipId).add(targetSubsystemId)
                .add(aimX).add(aimY).add(ticksLeft).add(hitPoints).add(alive);
    }
}
