package io.starbridge.sim.interior;

import io.starbridge.sim.StateHash;
import io.starbridge.sim.Tick;
import java.util.ArrayList;
import java.util.List;

/**
 * One person in a suit: an away-team member of a player ship, or a scenario character (the
 * strangers) who belongs to the party of the ship they are found on. Position in deck metres of
 * the ship they are aboard; suit air in seconds; health 0..1 (0 = dead).
 */
public final class AwayMember implements java.io.Serializable {
    /** Suit air of a full tank, seconds (20 minutes). */
    public static final double SUIT_AIR_SECONDS = 20 * 60;
    /** Walking speed in suits, m/s. */
    public static final double WALK_SPEED = 1.5;
    /** Health lost per second once the air is gone (dead in 10 s). */
    public static final double SUFFOCATION_PER_SECOND = 0.1;

    private final int id;
    private final int teamShipId;
    private final String name;
    private final boolean character;
    int shipId;
    int room;
    double x, y;
    double air = SUIT_AIR_SECONDS;
    double health = 1;
    boolean torch = true;
    int carrying = -1;
    final List<Waypoint> path = new ArrayList<>();
    int transitTicksLeft;
    MemberAction action = MemberAction.NONE;
    int actionTicksLeft;
    /** The door (OPEN_DOOR, FORCE_DOOR) or room (SEARCH) the action works on. */
    int actionTarget = -1;

    AwayMember(int id, int teamShipId, String name, boolean character, int shipId, int room, double x, double y) {
        this.id = id;
        this.teamShipId = teamShipId;
        this.name = name;
        this.character = character;
        this.shipId = shipId;
        this.room = room;
        this.x = x;
        this.y = y;
    }

    public int id() { return id; }
    /** The ship whose team this member belongs to (for a character: the ship they were found on). */
    public int teamShipId() { return teamShipId; }
    public String name() { return name; }
    /** A scenario character, scripted by the scenario rather than commanded by a player. */
    public boolean character() { return character; }
    public int shipId() { return shipId; }
    /** Index of the room in the deck plan of {@link #shipId()}. */
    public int room() { return room; }
    public double x() { return x; }
    public double y() { return y; }
    /** Suit air left, seconds. */
    public double air() { return air; }
    /** 0..1; 0 = dead. */
    public double health() { return health; }
    public boolean alive() { return health > 0; }
    public boolean torch() { return torch; }
    /** Captive carried, or -1. */
    public int carrying() { return carrying; }
    /** The rest of the path, first leg first (read only). */
    public List<Waypoint> path() { return java.util.Collections.unmodifiableList(path); }
    public boolean moving() { return !path.isEmpty() || transitTicksLeft > 0; }
    public boolean inTransit() { return transitTicksLeft > 0; }
    public MemberAction action() { return action; }
    public boolean busy() { return action != MemberAction.NONE; }
    /** Idle: alive, not walking and hands free. */
    public boolean idle() { return alive() && !moving() && !busy(); }

    void startAction(MemberAction what, int target, double seconds) {
        path.clear();
        action = what;
        actionTarget = target;
        actionTicksLeft = Tick.ofSeconds(seconds);
    }

    void clearAction() {
        action = MemberAction.NONE;
        actionTarget = -1;
        actionTicksLeft = 0;
    }

    void hashInto(StateHash h) {
        h.add(id).add(teamShipId).add(name).add(character).add(shipId).add(room).add(x).add(y).add(air).add(health)
                .add(torch).add(carrying).add(transitTicksLeft).add(action.ordinal()).add(actionTicksLeft).add(actionTarget);
        h.add(path.size());
        for (Waypoint w : path) w.hashInto(h);
    }
}
