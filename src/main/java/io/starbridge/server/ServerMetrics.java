package io.starbridge.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's Prometheus meters (names as scraped from {@code /metrics}). One per server;
 * every game and socket of that server records here.
 */
public final class ServerMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger stationsConnected = new AtomicInteger();
    /** {@code starbridge_tick_duration_seconds}: wall time of one tick, histogram. */
    final Timer tickDuration = Timer.builder("starbridge.tick.duration")
            .description("Wall time of one game tick (simulation, views, sends)")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofNanos(50_000))
            .maximumExpectedValue(Duration.ofMillis(100))
            .register(registry);
    /** Ticks that took longer than their period. */
    final Counter tickOverruns = Counter.builder("starbridge.tick.overruns")
            .description("Ticks whose work took longer than one tick period").register(registry);
    /** Ticks skipped because the loop fell further behind than the catch-up cap. */
    final Counter ticksDropped = Counter.builder("starbridge.ticks.dropped")
            .description("Ticks skipped by the catch-up cap").register(registry);
    final Counter sentBytes = Counter.builder("starbridge.sent.bytes")
            .description("Bytes of WebSocket text sent to stations").register(registry);
    final Counter sentMessages = Counter.builder("starbridge.sent.messages")
            .description("WebSocket messages sent to stations").register(registry);
    final Counter receivedMessages = Counter.builder("starbridge.received.messages")
            .description("WebSocket messages received from stations").register(registry);
    final Counter rejectedMessages = Counter.builder("starbridge.rejected.messages")
            .description("Messages answered with error or rejected").register(registry);

    public ServerMetrics() {
        Gauge.builder("starbridge.stations.connected", stationsConnected, AtomicInteger::get)
                .description("Open station sockets").register(registry);
        for (String limit : java.util.List.of("origin", "connections_per_address", "messages_per_second",
                "bad_messages_in_a_row", "frame_bytes", "http_body_bytes")) limitCounter(limit); // listed at 0
    }

    /** {@code starbridge_limit_hits_total{limit}}: a client stopped by a limit (ConnectionLimits, origin, frame size). */
    void limitHit(String limit) { limitCounter(limit).increment(); }

    /** How often a limit was hit since the start. */
    public double limitHits(String limit) { return limitCounter(limit).count(); }

    private Counter limitCounter(String limit) {
        return Counter.builder("starbridge.limit.hits").tag("limit", limit)
                .description("Clients stopped by a limit: origin, connections_per_address, messages_per_second, "
                        + "bad_messages_in_a_row, frame_bytes, http_body_bytes (docs/RELIABILITY.md)")
                .register(registry);
    }

    void stationConnected() { stationsConnected.incrementAndGet(); }

    void stationDisconnected() { stationsConnected.decrementAndGet(); }

    public int stationsConnected() { return stationsConnected.get(); }

    /** Prometheus text exposition. */
    public String scrape() { return registry.scrape(); }
}
