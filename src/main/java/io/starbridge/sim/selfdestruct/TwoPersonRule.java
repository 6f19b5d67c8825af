package io.starbridge.sim.selfdestruct;

import io.starbridge.sim.StateHash;
import java.util.ArrayList;
import java.util.List;

/**
 * Two different people within a window: a confirmation completes the pair when another person
 * confirmed at most {@link #WINDOW_TICKS} ticks earlier; otherwise it waits (a person confirming
 * again only renews their own). Confirmations older than the window expire. People are told apart
 * only by their id (the sender of the command), so one person is one hand whatever station or
 * connection they use.
 */
public final class TwoPersonRule implements java.io.Serializable {
    /** 3 s at 60 Hz. */
    public static final int WINDOW_TICKS = 180;

    private record Confirmation(String person, long tick) {}

    private final List<Confirmation> pending = new ArrayList<>();

    /** @return true if this confirmation makes the pair (and clears the pending ones) */
    public boolean confirm(String person, long tick) {
        pending.removeIf(c -> tick - c.tick() > WINDOW_TICKS);
        for (Confirmation c : pending) {
            if (!c.person().equals(person)) {
                pending.clear();
                return true;
            }
        }
        pending.removeIf(c -> c.person().equals(person));
        pending.add(new Confirmation(person, tick));
        return false;
    }

    /** People waiting for a second confirmation at this tick (within the window). */
    public List<String> waiting(long tick) {
        List<String> out = new ArrayList<>();
        for (Confirmation c : pending) if (tick - c.tick() <= WINDOW_TICKS) out.add(c.person());
        return out;
    }

    public void clear() { pending.clear(); }

    void hashInto(StateHash h) {
        h.add(pending.size());
        for (Confirmation c : pending) h.add(c.person()).add(c.tick());
    }
}
