package io.starbridge.server;

/**
 * Wall time and delayed tasks for closing station connections politely ({@link StationSession#closeAfterQueued}).
 * The server's is {@link ScheduledCloseTimer}; tests drive their own.
 */
interface CloseTimer {
    /** Wall-clock time, ms. */
    long nowMs();

    /** Runs {@code task} once, about {@code delayMs} from now, on a thread of the timer's own. */
    void after(long delayMs, Runnable task);
}
