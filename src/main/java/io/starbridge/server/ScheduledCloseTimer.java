package io.starbridge.server;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The server's {@link CloseTimer}: one daemon thread, stopped with the server. */
final class ScheduledCloseTimer implements CloseTimer, AutoCloseable {
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "station-close");
        thread.setDaemon(true);
        return thread;
    });

    @Override public long nowMs() { return System.currentTimeMillis(); }

    @Override public void after(long delayMs, Runnable task) {
        try {
            executor.schedule(task, Math.max(0, delayMs), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // the server is stopping: its connections close with it
        }
    }

    @Override public void close() { executor.shutdownNow(); }
}
