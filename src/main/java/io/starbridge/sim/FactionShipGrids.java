package io.starbridge.sim;

import java.util.Arrays;

/**
 * The present ships split by faction, one {@link SpatialGrid} per faction, filled with the world's ship
 * grid every tick (same ids, same positions). A search for the nearest hostile ship asks only the other
 * factions' grids: in a fleet battle a 5 km cell holds about a hundred ships, nearly all of one side,
 * and wading through one's own fleet was a third of the tick. Factions are listed in the order first
 * seen; a world has a handful.
 */
public final class FactionShipGrids {
    private final double cellSize;
    private int count;
    private int[] factions = new int[4];
    private SpatialGrid[] grids = new SpatialGrid[4];
    /** Index of the faction last inserted into: ships come in id order, often a fleet at a time. */
    private int lastIndex = -1;

    FactionShipGrids(double cellSize) {
        this.cellSize = cellSize;
    }

    /** Empties every grid (the factions stay listed, with empty grids). */
    void clear() {
        for (int i = 0; i < count; i++) grids[i].clear();
    }

    void insert(int faction, int shipId, double x, double y) {
        int i = lastIndex >= 0 && factions[lastIndex] == faction ? lastIndex : indexOf(faction);
        lastIndex = i;
        grids[i].insert(shipId, x, y);
    }

    private int indexOf(int faction) {
        for (int i = 0; i < count; i++) if (factions[i] == faction) return i;
        if (count == factions.length) {
            factions = Arrays.copyOf(factions, count * 2);
            grids = Arrays.copyOf(grids, count * 2);
        }
        factions[count] = faction;
        grids[count] = new SpatialGrid(cellSize);
        return count++;
    }

    /** Number of factions listed; {@code factionAt(0 .. count() - 1)}. */
    public int count() { return count; }

    public int factionAt(int index) { return factions[index]; }

    /** The present ships of {@link #factionAt}(index) this tick, by id, at their positions (m). */
    public SpatialGrid gridAt(int index) { return grids[index]; }
}
