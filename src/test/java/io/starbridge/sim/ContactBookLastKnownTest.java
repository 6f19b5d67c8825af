package io.starbridge.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A contact book remembers at most 64 last-known positions; past that the oldest goes, and among equally
 * old ones the lowest id. Checked against a plain model on random streams of losses and re-detections,
 * many on the same tick (a huge battle loses hundreds of contacts a tick).
 */
class ContactBookLastKnownTest {
    private record Entry(double x, double y, long tick) {}

    @Test void the_book_keeps_the_newest_64_positions_as_the_plain_rule_says() {
        for (long seed = 1; seed <= 40; seed++) {
            SimRandom random = new SimRandom(seed);
            ContactBook book = new ContactBook();
            TreeMap<Integer, Entry> model = new TreeMap<>();
            long tick = 0;
            for (int step = 0; step < 3_000; step++) {
                // several losses on one tick; every other seed, long runs of them (a full book of equally old entries)
                if (random.nextInt(seed % 2 == 0 ? 4 : 150) == 0) tick += random.nextInt(3);
                int id = random.nextInt(200);
                if (random.nextInt(5) == 0) {
                    book.forgetLost(id);
                    model.remove(id);
                } else {
                    double x = random.nextDouble() * 1e5, y = random.nextDouble() * 1e5;
                    book.rememberLost(id, x, y, tick);
                    remember(model, id, new Entry(x, y, tick));
                }
                assertSame(book, model, "seed " + seed + ", step " + step);
            }
        }
    }

    /** The rule, written plainly: add or update, then forget the oldest (lowest id among equals) beyond 64. */
    private static void remember(TreeMap<Integer, Entry> model, int id, Entry e) {
        model.put(id, e);
        if (model.size() <= 64) return;
        int oldest = model.firstKey();
        for (Map.Entry<Integer, Entry> m : model.entrySet()) if (m.getValue().tick() < model.get(oldest).tick()) oldest = m.getKey();
        model.remove(oldest);
    }

    private static void assertSame(ContactBook book, TreeMap<Integer, Entry> model, String where) {
        Map<Integer, ContactBook.LastKnown> all = book.lastKnownAll();
        assertThat(all.keySet()).as(where).containsExactlyElementsOf(model.keySet());
        model.forEach((id, e) -> {
            ContactBook.LastKnown k = all.get(id);
            assertThat(new Entry(k.x(), k.y(), k.tick())).as(where + ", id " + id).isEqualTo(e);
        });
    }
}
