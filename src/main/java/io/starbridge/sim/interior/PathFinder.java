package io.starbridge.sim.interior;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A* over one deck plan. A search state is "standing at a door, having stepped into one of its two
 * rooms"; the start and the goal are points in their rooms. Rooms are convex rectangles and doors lie
 * on their walls, so the straight line between two points of one room stays inside it and the cost of
 * a leg is its length. Ties break towards the lower state index, so paths are deterministic.
 */
public final class PathFinder {
    private PathFinder() {}

    /**
     * The shortest way from a point in {@code fromRoom} to a point in {@code toRoom}, passing only
     * doors marked passable; the waypoints are each door passed and then the goal. Empty when the
     * points share a room and are the same point; null when there is no way.
     *
     * @param passable per door index, whether it may be walked through (null: every door)
     */
    public static List<Waypoint> route(DeckPlan plan, boolean[] passable, int shipId, int fromRoom, double fx, double fy,
                                       int toRoom, double tx, double ty) {
        int doorCount = plan.doors().size();
        // states: 2*d + side (side 0 = entered roomA, 1 = entered roomB); start = 2D, goal = 2D + 1
        int start = 2 * doorCount, goal = start + 1, n = goal + 1;
        double[] cost = new double[n];
        int[] previous = new int[n];
        boolean[] closed = new boolean[n];
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        Arrays.fill(previous, -1);
        cost[start] = 0;
        while (true) {
            int current = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int s = 0; s < n; s++) {
                if (closed[s] || cost[s] == Double.POSITIVE_INFINITY) continue;
                double f = cost[s] + distance(x(plan, s, fx, tx), y(plan, s, fy, ty), tx, ty);
                if (f < best) { best = f; current = s; }
            }
            if (current < 0) return null;
            if (current == goal) break;
            closed[current] = true;
            int room = current == start ? fromRoom : roomEntered(plan, current);
            double px = x(plan, current, fx, tx), py = y(plan, current, fy, ty);
            if (room == toRoom) relax(cost, previous, closed, current, goal, cost[current] + distance(px, py, tx, ty));
            for (int d : plan.doorsOf(room)) {
                if (passable != null && !passable[d]) continue;
                DoorSpec door = plan.door(d);
                int next = 2 * d + (door.otherSide(room) == door.roomA() ? 0 : 1);
                relax(cost, previous, closed, current, next, cost[current] + distance(px, py, door.x(), door.y()));
            }
        }
        List<Waypoint> out = new ArrayList<>();
        for (int s = goal; s != start; s = previous[s]) {
            if (s == goal) out.add(new Waypoint(shipId, tx, ty, toRoom, -1, false));
            else out.add(new Waypoint(shipId, plan.door(s / 2).x(), plan.door(s / 2).y(), roomEntered(plan, s), s / 2, false));
        }
        java.util.Collections.reverse(out);
        if (out.size() == 1 && fromRoom == toRoom && fx == tx && fy == ty) out.clear();
        return out;
    }

    private static void relax(double[] cost, int[] previous, boolean[] closed, int from, int to, double c) {
        if (!closed[to] && c < cost[to]) { cost[to] = c; previous[to] = from; }
    }

    private static int roomEntered(DeckPlan plan, int state) {
        DoorSpec door = plan.door(state / 2);
        return state % 2 == 0 ? door.roomA() : door.roomB();
    }

    private static double x(DeckPlan plan, int state, double fx, double tx) {
        int doors = plan.doors().size();
        if (state == 2 * doors) return fx;
        if (state == 2 * doors + 1) return tx;
        return plan.door(state / 2).x();
    }

    private static double y(DeckPlan plan, int state, double fy, double ty) {
        int doors = plan.doors().size();
        if (state == 2 * doors) return fy;
        if (state == 2 * doors + 1) return ty;
        return plan.door(state / 2).y();
    }

    static double distance(double ax, double ay, double bx, double by) {
        double dx = bx - ax, dy = by - ay;
        return StrictMath.sqrt(dx * dx + dy * dy);
    }
}
