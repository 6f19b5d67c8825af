package io.starbridge.sim;

import io.starbridge.sim.command.Command;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.interior.Interiors;
import io.starbridge.sim.selfdestruct.SelfDestructs;
import io.starbridge.sim.ship.HullCatalog;
import io.starbridge.sim.ship.HullClass;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.weapons.Torpedo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The whole simulated state: clock, randomness, ships (ascending ids), torpedoes (ascending ids)
 * and the in-simulation crews. Mutated only by {@link Simulation#step}.
 */
public final class World implements java.io.Serializable {
    /** Cell size of the ship grid, metres: about a beam's range. */
    private static final double SHIP_GRID_CELL = 5_000;

    private final long seed;
    private final SimRandom random;
    private long tick;
    private int nextEntityId = 1;
    private final List<Ship> ships = new ArrayList<>();
    /**
     * Pure caches of {@link #ships} for the per-tick loops, rebuilt on demand (null after a ship joins
     * and after a restore): the ships as an exact-length array, and the read-only view
     * {@link #ships()} hands out — a view per call and a wrapped get per element cost more than the
     * loop bodies in a small world before the JIT compiles them.
     */
    private transient Ship[] shipOrder;
    private transient List<Ship> shipsView;
    /** Ships by id (null where an id belongs to a torpedo): ids are small and dense, so an array beats a boxed map. */
    private Ship[] shipsById = new Ship[64];
    /** Faction by ship id (factions never change): range searches filter on it without touching ships. */
    private int[] factionById = new int[64];
    private final List<Torpedo> torpedoes = new ArrayList<>();
    private final List<Torpedo> torpedoSpawns = new ArrayList<>();
    /**
     * Whether {@link #torpedoSpawns} holds any: transient, as the queue is empty between ticks (when
     * a snapshot is taken) and the flag then false.
     */
    transient boolean spawnsQueued;
    private final List<Crew> crews = new ArrayList<>();
    private final List<Command> crewCommands = new ArrayList<>();
    private final List<SimEvent> events = new ArrayList<>();
    /** Deck plans, away teams, docking; empty (and unhashed) without boarding. */
    private final Interiors interiors = new Interiors();
    /** Installed self-destructs; empty (and unhashed) without any. */
    private final SelfDestructs selfDestructs = new SelfDestructs();
    private final SpatialGrid shipGrid = new SpatialGrid(SHIP_GRID_CELL);
    /** The ship grid split by faction: a pure cache (null after a restore), refilled with the ship grid every tick. */
    private transient FactionShipGrids shipGridsByFaction;

    public World(long seed) {
        this.seed = seed;
        this.random = new SimRandom(seed);
    }

    public long seed() { return seed; }
    public long tick() { return tick; }
    public SimRandom random() { return random; }

    /**
     * The hull classes a mission file defines, by id: ships of them may be spawned later (the game
     * master's {@code SpawnShip}) like ships of the built-in classes. Set up with the world; not part of
     * its state hash (it never changes during a run).
     */
    private final java.util.Map<String, HullClass> missionHulls = new java.util.LinkedHashMap<>(); // file order

    /** Offers a mission file's hull class beside the built-in ones (when the world is built). */
    public void offerHullClass(HullClass hull) { missionHulls.put(hull.id(), hull); }

    /**
     * The hull class with this id: the mission's own, else the built-in one.
     * @throws IllegalArgumentException naming every class known here
     */
    public HullClass hullClass(String id) {
        HullClass own = missionHulls.get(id);
        if (own != null) return own;
        if (HullCatalog.ids().contains(id)) return HullCatalog.byId(id);
        throw new IllegalArgumentException("unknown hull class '" + id + "'; known: " + hullClassIds());
    }

    /** Ids of every hull class a ship of this world may have: the built-in ones, then the mission's own. */
    public List<String> hullClassIds() {
        List<String> ids = new ArrayList<>(HullCatalog.ids());
        ids.addAll(missionHulls.keySet());
        return ids;
    }

    /** Adds a ship with the next id; only between ticks or at a system boundary. */
    public Ship addShip(java.util.function.IntFunction<Ship> factory) {
        Ship ship = factory.apply(nextEntityId++);
        ships.add(ship);
        shipOrder = null;
        if (ship.id() >= shipsById.length) {
            int n = Math.max(ship.id() + 1, shipsById.length * 2);
            shipsById = Arrays.copyOf(shipsById, n);
            factionById = Arrays.copyOf(factionById, n);
        }
        shipsById[ship.id()] = ship;
        factionById[ship.id()] = ship.faction();
        return ship;
    }

    /** Ships in ascending id order, destroyed ones included (they stay, inert). */
    public List<Ship> ships() {
        List<Ship> view = shipsView;
        if (view == null) shipsView = view = Collections.unmodifiableList(ships);
        return view;
    }

    /** Number of ships, destroyed ones included; {@code shipAt(0 .. shipCount() - 1)} are {@link #ships()} in order. */
    public int shipCount() { return ships.size(); }

    /** The ship at this index of {@link #ships()} (ascending ids): the cheap read for per-tick loops. */
    public Ship shipAt(int index) {
        Ship[] order = shipOrder;
        if (order == null) shipOrder = order = ships.toArray(new Ship[0]);
        return order[index];
    }

    /** The ship with this id, or null. */
    public Ship ship(int id) { return id >= 0 && id < shipsById.length ? shipsById[id] : null; }

    /** The faction of the ship with this id; meaningless for an id that is not a ship's. */
    public int factionOf(int shipId) { return factionById[shipId]; }

    public int allocateEntityId() { return nextEntityId++; }

    /** Live torpedoes in ascending id order. */
    public List<Torpedo> torpedoes() { return torpedoes; }

    /** Queues a torpedo; it joins the world at the next system boundary. */
    public void spawnTorpedo(Torpedo t) {
        torpedoSpawns.add(t);
        spawnsQueued = true;
    }

    /** Called after a system when {@link #spawnsQueued} (the simulation tests the flag: most boundaries have nothing queued). */
    void applySpawns() {
        if (!spawnsQueued) return;
        torpedoes.addAll(torpedoSpawns);
        torpedoSpawns.clear();
        spawnsQueued = false;
    }

    public void addCrew(Crew crew) { crews.add(crew); }
    List<Crew> crews() { return crews; }
    List<Command> crewCommands() { return crewCommands; }

    public void emit(SimEvent event) { events.add(event); }
    List<SimEvent> events() { return events; }

    /**
     * Grid of the ids of present ships, rebuilt after flight each tick. Ids rather than list indexes:
     * sensors keep their contacts as bit sets over ship ids.
     */
    public SpatialGrid shipGrid() { return shipGrid; }

    /** The ships of {@link #shipGrid()} split by faction, filled with it: ids at the same positions. */
    public FactionShipGrids shipGridsByFaction() {
        FactionShipGrids grids = shipGridsByFaction;
        if (grids == null) shipGridsByFaction = grids = new FactionShipGrids(SHIP_GRID_CELL);
        return grids;
    }

    public Interiors interiors() { return interiors; }

    /** Where people aboard stand, for concerns that may not see the interiors themselves. */
    public Whereabouts whereabouts() { return interiors; }

    public SelfDestructs selfDestructs() { return selfDestructs; }

    void advanceTick() { tick++; }

    /** Digest of everything that determines the future. */
    public long stateHash() {
        StateHash h = new StateHash();
        h.add(seed).add(tick).add(nextEntityId);
        random.hashInto(h);
        h.add(ships.size());
        for (Ship s : ships) s.hashInto(h);
        h.add(torpedoes.size());
        for (Torpedo t : torpedoes) t.hashInto(h);
        h.add(crews.size());
        for (Crew c : crews) c.hashInto(h);
        // hashed only when present, so recordings of scenarios without boarding keep their hashes
        if (!interiors.isEmpty()) interiors.hashInto(h);
        if (!selfDestructs.isEmpty()) selfDestructs.hashInto(h);
        return h.value();
    }
}
