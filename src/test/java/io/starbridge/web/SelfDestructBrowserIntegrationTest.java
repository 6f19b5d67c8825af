package io.starbridge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.starbridge.scenario.LastOfItsKindScenario;
import io.starbridge.scenario.Scenarios;
import io.starbridge.server.Game;
import io.starbridge.server.ServerConfig;
import io.starbridge.server.StarbridgeServer;
import io.starbridge.sim.interior.AwayMember;
import io.starbridge.sim.interior.DeckPlan;
import io.starbridge.sim.interior.Room;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The parts every station shares, in real browsers, at 8× speed: two people (captain and away team,
 * over sockets) arm Vigil's own self-destruct; helm and the view screen show the red countdown; at
 * zero the view screen shows the blast, and then every page shows the debrief (here: defeat).
 * Screenshots land in target/screenshots/ (countdown-*, annihilation-viewscreen, debrief-*).
 */
@org.junit.jupiter.api.Timeout(120)
class SelfDestructBrowserIntegrationTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();

    private StarbridgeServer server;
    private Game game;
    private int vigil;
    private final List<ChromeDriver> browsers = new ArrayList<>();
    private final List<Wire> wires = new ArrayList<>();

    @BeforeEach void start() throws Exception {
        assumeFalse(Boolean.getBoolean("skipBrowserTests"), "browser tests skipped (-DskipBrowserTests=true)");
        assumeTrue(Browsers.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        server = new StarbridgeServer(new ServerConfig(0, null, 8 * 60, 60), Scenarios.builtIn()).start();
        game = server.games().create(LastOfItsKindScenario.ID, 5L, true);
        vigil = game.onTickThread(w -> w.ships().iterator().next().id()).get(5, TimeUnit.SECONDS);
    }

    @AfterEach void stop() {
        for (ChromeDriver b : browsers) b.quit();
        for (Wire w : wires) w.socket.abort();
        if (server != null) server.stop();
    }

    @Test void countdown_on_every_station_then_the_blast_then_the_debrief() throws Exception {
        ChromeDriver helm = page("helm", "Hana");
        ChromeDriver screen = page("viewscreen", "Screen");
        Wire captain = wire("CAPTAIN", "Ann", "person-ann-0001");
        Wire away = wire("AWAY_TEAM", "Bo", "person-bo-0002");
        int member = walkToBridge(away);

        captain.command(1, "ConfirmSelfDestruct", Map.of("targetShipId", vigil, "memberAtConsole", -1));
        away.command(2, "ConfirmSelfDestruct", Map.of("targetShipId", vigil, "memberAtConsole", member));
        // the strip is rebuilt ten times a second: wait on the strip itself, which stays
        wait(helm, 10).until(d -> d.findElement(By.cssSelector(".countdown")).isDisplayed());
        assertThat(helm.findElement(By.cssSelector(".countdown")).getText()).contains("SELF-DESTRUCT", "VIGIL");
        wait(screen, 10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".viewscreen-countdown .vs-clock")));
        assertThat(screen.findElement(By.cssSelector(".viewscreen-countdown .vs-clock")).getText()).matches("\\d+:\\d\\d\\.\\d");
        Browsers.screenshot(helm, SHOTS, "countdown-helm");
        Browsers.screenshot(screen, SHOTS, "countdown-viewscreen");

        // 120 simulated seconds at 8×: the blast, then (after the page's delay) the debrief
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (game.outcome() == null) {
            assertThat(System.nanoTime()).as("the self-destruct went off in time").isLessThan(deadline);
            Thread.sleep(20);
        }
        Thread.sleep(900);
        Browsers.screenshot(screen, SHOTS, "annihilation-viewscreen");
        assertThat(game.outcome()).isEqualTo("defeat");
        for (ChromeDriver b : List.of(helm, screen))
            wait(b, 20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".debrief .debrief-outcome")));
        assertThat(helm.findElement(By.cssSelector(".debrief-outcome")).getText()).isEqualTo("DEFEAT");
        assertThat(helm.findElement(By.cssSelector(".debrief")).getText()).contains("DAMAGE TAKEN", "AWAY TEAM");
        Browsers.screenshot(helm, SHOTS, "debrief-helm");
        Browsers.screenshot(screen, SHOTS, "debrief-viewscreen");
        helm.findElement(By.xpath("//div[contains(@class,'debrief')]//button[normalize-space()='DISMISS']")).click();
        assertThat(helm.findElement(By.cssSelector(".debrief")).isDisplayed()).isFalse();
    }

    private ChromeDriver page(String station, String name) throws Exception {
        ChromeDriver b = Browsers.open();
        browsers.add(b);
        b.get("http://127.0.0.1:" + server.port() + "/station.html?s=" + station + "&g=" + game.id() + "&ship=" + vigil + "&n=" + name);
        wait(b, 15).until(d -> d.findElement(By.cssSelector(".conn")).getText().equals("online"));
        return b;
    }

    private static WebDriverWait wait(ChromeDriver b, int seconds) {
        return new WebDriverWait(b, Duration.ofSeconds(seconds), Duration.ofMillis(50));
    }

    private int walkToBridge(Wire away) throws Exception {
        double[] target = game.onTickThread(w -> {
            AwayMember m = w.interiors().team(vigil).get(0);
            DeckPlan plan = w.interiors().interior(vigil).plan();
            Room bridge = plan.room(plan.bridge());
            return new double[] {m.id(), bridge.centreX(), bridge.centreY()};
        }).get(5, TimeUnit.SECONDS);
        int id = (int) target[0];
        away.command(1, "MoveTo", Map.of("memberIds", Integer.toString(id), "targetShipId", vigil, "x", target[1], "y", target[2]));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (game.onTickThread(w -> w.whereabouts().reasonNotOnBridge(vigil, id, vigil)).get(5, TimeUnit.SECONDS) != null) {
            assertThat(System.nanoTime()).as("member on Vigil's bridge in time").isLessThan(deadline);
            Thread.sleep(50);
        }
        return id;
    }

    private Wire wire(String role, String name, String personId) throws Exception {
        Wire w = new Wire(server.port());
        wires.add(w);
        w.send(Map.of("msg", "hello", "v", 1, "gameId", game.id(), "shipId", vigil, "role", role, "name", name, "personId", personId));
        w.await("welcome");
        return w;
    }

    /** A bare station socket: enough to take a seat and send commands. */
    private static final class Wire implements WebSocket.Listener {
        final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
        final WebSocket socket;
        private final StringBuilder partial = new StringBuilder();

        Wire(int port) {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), this).join();
        }

        void send(Map<String, ?> m) throws Exception { socket.sendText(JSON.writeValueAsString(m), true).join(); }

        void command(long seq, String type, Map<String, ?> fields) throws Exception {
            Map<String, Object> m = new LinkedHashMap<>(Map.of("msg", "command", "seq", seq, "type", type));
            m.putAll(fields);
            send(m);
        }

        void await(String msg) throws Exception {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            for (JsonNode m; (m = inbox.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null; )
                if (m.path("msg").asText().equals(msg)) return;
            throw new AssertionError("no " + msg);
        }

        @Override public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try { inbox.add(JSON.readTree(partial.toString())); } catch (Exception e) { throw new IllegalStateException(e); }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }
}
