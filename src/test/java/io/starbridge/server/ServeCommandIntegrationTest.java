package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The built jar: {@code serve --demo --port 0} prints the lobby URL and runs one open strike game;
 * {@code loadtest} against it reports latency and traffic as JSON.
 */
@org.junit.jupiter.api.Timeout(120)
class ServeCommandIntegrationTest {
    private Process server;

    @AfterEach void stop() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) server.destroyForcibly();
        }
    }

    @Test void serve_demo_prints_the_lobby_url_and_loadtest_measures_it() throws Exception {
        Path jar = Path.of(System.getProperty("starbridge.jar", "target/starbridge.jar"));
        assertThat(jar).exists();
        server = new ProcessBuilder("java", "-jar", jar.toString(), "serve", "--demo", "--port", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pattern lobby = Pattern.compile("Lobby: http://localhost:(\\d+)/");
        int port = -1;
        for (String line; port < 0 && (line = out.readLine()) != null; ) {
            Matcher m = lobby.matcher(line);
            if (m.find()) port = Integer.parseInt(m.group(1));
        }
        assertThat(port).isPositive();

        HttpClient http = HttpClient.newHttpClient();
        String games = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/games")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        JsonNode list = TestStation.JSON.readTree(games);
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("scenario").asText()).isEqualTo("strike");
        assertThat(list.get(0).path("open").asBoolean()).isTrue();

        Path report = Files.createTempFile("loadtest", ".json");
        Process load = new ProcessBuilder("java", "-jar", jar.toString(), "loadtest", "--url", "ws://127.0.0.1:" + port + "/ws",
                "--stations", "8", "--seconds", "3", "--warmup", "1", "--json").redirectOutput(report.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(load.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(load.exitValue()).isZero();
        JsonNode r = TestStation.JSON.readTree(Files.readString(report));
        assertThat(r.path("stations").asInt()).isEqualTo(8);
        assertThat(r.path("warmupSeconds").asInt()).isEqualTo(1);
        assertThat(r.path("latencyMs").path("samples").asInt()).isPositive();
        assertThat(r.path("latencyMs").path("p50").asDouble()).isPositive();
        assertThat(r.path("latencyMs").path("p99").asDouble()).isGreaterThanOrEqualTo(r.path("latencyMs").path("p50").asDouble());
        assertThat(r.path("bytesPerSecondPerStation").asDouble()).isPositive();
        assertThat(r.path("messagesPerSecondPerStation").asDouble()).isGreaterThan(15); // 20 Hz deltas
        assertThat(r.path("failures")).isEmpty();
    }
}
