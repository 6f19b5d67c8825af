package io.starbridge.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentTooLargeResponse;

/**
 * Applies {@link NetworkOptions} to the HTTP side of a Javalin config: the request body limit
 * (counted in {@code /metrics}) and, with a keystore, the https/wss connector in place of plain
 * http. The WebSocket checks are {@link StationSocket#beforeUpgrade}.
 */
final class NetworkSetup {
    private NetworkSetup() {}

    static void apply(JavalinConfig cfg, ServerConfig config, ServerMetrics metrics) {
        NetworkOptions network = config.network();
        int maxBody = network.limits().maxHttpBodyBytes();
        cfg.http.maxRequestSize = maxBody; // Javalin refuses a longer body when it is read (chunked ones too)
        cfg.routes.before(ctx -> {
            if (ctx.contentLength() > maxBody) { // declared too long: refused before reading a byte
                metrics.limitHit("http_body_bytes");
                throw new ContentTooLargeResponse("request body of " + ctx.contentLength() + " bytes; at most " + maxBody);
            }
        });
        TlsKeystore tls = network.tls();
        if (tls != null) cfg.jetty.addConnector((server, http) -> tls.connector(server, http, config.port()));
    }
}
