package io.starbridge.server;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Owns wall time for one game: calls the tick at a fixed rate on its own thread. When the loop
 * falls behind (a slow tick, a GC pause) it catches up by running ticks back to back, but never
 * more than {@link #CATCH_UP_CAP} late; older missed ticks are dropped (counted) so the game slows
 * down instead of spiralling. Ticks whose work exceeds the period are counted as overruns.
 */
public final class TickLoop {
    /** Ticks the loop may run back to back to catch up. */
    public static final int CATCH_UP_CAP = 5;

    private final Runnable tick;
    private final long periodNanos;
    private final ServerMetrics metrics;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param ticksPerSecond 60 for real time; tests may run faster
     */
    public TickLoop(String name, double ticksPerSecond, Runnable tick, ServerMetrics metrics) {
        this.tick = tick;
        this.periodNanos = Math.round(1e9 / ticksPerSecond);
        this.metrics = metrics;
        this.thread = new Thread(this::loop, name);
        this.thread.setDaemon(true);
        // the tick should win the two cores against socket threads: it sets everyone's latency
        this.thread.setPriority(Thread.MAX_PRIORITY);
    }

    public void start() { thread.start(); }

    public void stop() {
        running = false;
        thread.interrupt();
        try { thread.join(2000); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
    }

    private void loop() {
        long next = System.nanoTime();
        while (running) {
            long now = System.nanoTime();
            if (now < next) {
                LockSupport.parkNanos(next - now);
                continue;
            }
            long behind = (now - next) / periodNanos;
            if (behind > CATCH_UP_CAP) {
                metrics.ticksDropped.increment(behind - CATCH_UP_CAP);
                next += (behind - CATCH_UP_CAP) * periodNanos;
            }
            long started = System.nanoTime();
            try {
                tick.run();
            } catch (RuntimeException | Error e) {
                org.slf4j.LoggerFactory.getLogger(TickLoop.class).error("tick failed in " + thread.getName(), e);
            }
            long took = System.nanoTime() - started;
            metrics.tickDuration.record(took, TimeUnit.NANOSECONDS);
            if (took > periodNanos) metrics.tickOverruns.increment();
            next += periodNanos;
        }
    }
}
