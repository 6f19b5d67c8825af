package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.starbridge.scenario.Scenarios;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --tls-keystore FILE --tls-password PW}: with a self-signed PKCS#12 keystore made by
 * {@code keytool}, the port serves https and wss (and not plain http), and a client trusting that
 * certificate plays over it.
 */
@Timeout(90)
class TlsIntegrationTest {
    private static final String PASSWORD = "bridge-test-pw";
    @TempDir static Path dir;
    private static Path keystore;

    @BeforeAll static void makeKeystore() throws Exception {
        keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "starbridge", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
    }

    @Test void the_server_speaks_https_and_wss_with_the_keystore_and_not_plain_http() throws Exception {
        NetworkOptions network = new NetworkOptions(ConnectionLimits.defaults(), List.of(), new TlsKeystore(keystore, PASSWORD));
        StarbridgeServer server = new StarbridgeServer(new ServerConfig(0, null, 60, 60, true, network), Scenarios.builtIn()).start();
        try {
            Game game = server.games().create("strike", 4L, true);
            HttpClient https = HttpClient.newBuilder().sslContext(trusting(keystore)).build();
            HttpResponse<String> health = https.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.port() + "/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.sslSession()).isPresent();

            CompletableFuture<String> welcome = new CompletableFuture<>();
            WebSocket ws = https.newWebSocketBuilder().buildAsync(URI.create("wss://localhost:" + server.port() + "/ws"), new WebSocket.Listener() {
                final StringBuilder partial = new StringBuilder();
                @Override public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                        if (partial.indexOf("\"msg\":\"welcome\"") >= 0) welcome.complete(partial.toString());
                        partial.setLength(0);
                    }
                    w.request(1);
                    return null;
                }
            }).get(10, TimeUnit.SECONDS);
            ws.sendText("{\"msg\":\"hello\",\"v\":1,\"gameId\":\"" + game.id() + "\",\"shipId\":1,\"role\":\"HELM\",\"name\":\"Tess\"}", true);
            assertThat(welcome.get(10, TimeUnit.SECONDS)).contains("\"role\":\"HELM\"");
            ws.abort();

            boolean plainAnswered;
            try {
                HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
                plainAnswered = plain.statusCode() == 200;
            } catch (java.io.IOException e) {
                plainAnswered = false;
            }
            assertThat(plainAnswered).as("plain http on the TLS port").isFalse();
        } finally {
            server.stop();
        }
    }

    @Test void a_wrong_password_or_a_missing_file_stops_the_start_with_a_reason() {
        assertThatThrownBy(() -> new TlsKeystore(keystore, "wrong").check())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot open TLS keystore " + keystore);
        assertThatThrownBy(() -> new TlsKeystore(dir.resolve("none.p12"), PASSWORD).check())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a file");
        assertThat(new TlsKeystore(keystore, PASSWORD).toString()).doesNotContain(PASSWORD);
    }

    /** An SSL context that trusts exactly the keystore's certificate. */
    private static SSLContext trusting(Path p12) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) { ks.load(in, PASSWORD.toCharArray()); }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("starbridge", ks.getCertificate("starbridge"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
