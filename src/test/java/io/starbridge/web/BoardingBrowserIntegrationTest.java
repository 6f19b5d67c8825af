package io.starbridge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.starbridge.scenario.LastOfItsKindScenario;
import io.starbridge.scenario.Scenarios;
import io.starbridge.server.Game;
import io.starbridge.server.ServerConfig;
import io.starbridge.server.StarbridgeServer;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.Subsystem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Beats 5–7 of the mission through the real browser stations: helm docks with the derelict
 * mothership, the away team crosses, opens and forces its way forward by tapping the deck plan and
 * the door buttons, reaches the enemy bridge and arms the self-destruct with the stranger there.
 *
 * <p>Beats 1–4 are skipped: the server runs in this JVM, {@link #TICKS_PER_SECOND} times a second
 * (walking 150 m in suits takes 100 s of game time), and the test wrecks the mothership's critical
 * subsystems and parks Vigil alongside on the tick thread before any station joins.
 */
class BoardingBrowserIntegrationTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    /** Six times real time: the boarding takes about 20 s of wall time. */
    private static final double TICKS_PER_SECOND = 360;
    private static final int VIGIL = 1, MOTHERSHIP = 2;
    /** Hull-to-hull gap Vigil is parked at: inside the 150 m reach of the clamps. */
    private static final double PARK_GAP = 80;

    private StarbridgeServer server;
    private Game game;
    private final List<ChromeDriver> browsers = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        assumeFalse(Boolean.getBoolean("skipBrowserTests"), "browser tests skipped (-DskipBrowserTests=true)");
        assumeTrue(Browsers.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install -y chromium chromium-driver)");
        server = new StarbridgeServer(new ServerConfig(0, null, TICKS_PER_SECOND, 60), Scenarios.builtIn()).start();
        game = server.games().create(LastOfItsKindScenario.ID, 7L, true);
        game.onTickThread(world -> {
            Ship enemy = world.ship(MOTHERSHIP), vigil = world.ship(VIGIL);
            for (int i = 0; i < enemy.subsystemCount(); i++) {
                Subsystem s = enemy.subsystem(i);
                if (s.critical()) s.damage(s.health() + 1);
            }
            double distance = enemy.hull().radius() + vigil.hull().radius() + PARK_GAP;
            vigil.motion.x = enemy.motion.x;
            vigil.motion.y = enemy.motion.y + distance;
            vigil.motion.vx = enemy.motion.vx;
            vigil.motion.vy = enemy.motion.vy;
            vigil.motion.heading = -Math.PI / 2;
            vigil.helm.throttle = 0;
            vigil.helm.targetHeading = -Math.PI / 2;
            return null;
        }).get(5, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        for (ChromeDriver b : browsers) b.quit();
        if (server != null) server.stop();
    }

    private ChromeDriver browser() throws Exception {
        ChromeDriver b = Browsers.open();
        browsers.add(b);
        return b;
    }

    private String station(String s, int ship, String name) {
        return "http://127.0.0.1:" + server.port() + "/station.html?s=" + s + "&g=" + game.id() + "&ship=" + ship + "&n=" + name;
    }

    private static WebDriverWait waiting(ChromeDriver b, int seconds) {
        return new WebDriverWait(b, Duration.ofSeconds(seconds), Duration.ofMillis(100));
    }

    private static void awaitOnline(ChromeDriver b) {
        waiting(b, 10).until(ExpectedConditions.attributeToBe(By.cssSelector(".conn"), "data-state", "joined"));
    }

    /** The first member's card as the page shows it: ship, room and what they are doing. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> leader(ChromeDriver b) {
        return (Map<String, Object>) b.executeScript("const c = document.querySelector('.aw-card');"
                + "return c ? {shipId: c.dataset.shipId, room: c.dataset.room, where: c.querySelector('.aw-card-where').textContent} : {};");
    }

    /** Waits until the first member stands idle in a room of the mothership. */
    private static void awaitLeaderIn(ChromeDriver b, String room, int seconds) {
        waiting(b, seconds).withMessage(() -> "leader in " + room + ", was " + leader(b)).until(d -> {
            Map<String, Object> m = leader(b);
            return String.valueOf(MOTHERSHIP).equals(m.get("shipId")) && room.equals(m.get("room"))
                    && String.valueOf(m.get("where")).contains("standing by");
        });
    }

    /** Taps a point of the shown deck plan, in deck metres. */
    private static void tapDeck(ChromeDriver b, double x, double y) {
        WebElement canvas = b.findElement(By.id("awayteam-map"));
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) b.executeScript("return arguments[0].deckToClient(arguments[1], arguments[2]);", canvas, x, y);
        assertThat(p).as("the deck plan is drawn").isNotNull();
        int dx = (int) Math.round(((Number) p.get("offsetX")).doubleValue());
        int dy = (int) Math.round(((Number) p.get("offsetY")).doubleValue());
        new Actions(b).moveToElement(canvas, dx, dy).click().perform();
    }

    /** Presses a door's button and waits until the door is open (its button is gone). */
    private static void openDoor(ChromeDriver b, String doorId, int seconds) {
        By button = By.cssSelector("#awayteam-doors button[data-door-id='" + doorId + "']");
        waiting(b, 5).until(ExpectedConditions.elementToBeClickable(button)).click();
        waiting(b, seconds).withMessage(() -> "door " + doorId + " open").until(ExpectedConditions.numberOfElementsToBe(button, 0));
    }

    @Test
    void helm_docks_and_the_away_team_walks_to_the_enemy_bridge_and_arms_the_self_destruct() throws Exception {
        ChromeDriver helm = browser();
        helm.get(station("helm", VIGIL, "Helm"));
        awaitOnline(helm);
        waiting(helm, 10).until(ExpectedConditions.elementToBeClickable(By.id("helm-dock"))).click();
        waiting(helm, 5).until(ExpectedConditions.attributeToBe(By.id("helm-docking-status"), "data-docked", "true"));
        Browsers.screenshot(helm, SHOTS, "helm-docked");

        ChromeDriver away = browser();
        away.get(station("awayteam", VIGIL, "Okafor"));
        awaitOnline(away);
        waiting(away, 5).until(ExpectedConditions.attributeToBe(By.id("awayteam-docking"), "data-docked", "true"));
        assertThat(away.findElements(By.cssSelector(".aw-card"))).as("the four members in suits").hasSize(LastOfItsKindScenario.TEAM);
        Thread.sleep(300);
        Browsers.screenshot(away, SHOTS, "awayteam-1-docked");

        // the whole team: cross to the mothership's airlock (its deck plan is unknown space so far)
        new Actions(away).sendKeys("a").perform();
        away.findElement(By.cssSelector(".aw-ship-tabs button[data-ship-id='" + MOTHERSHIP + "']")).click();
        waiting(away, 5).until(ExpectedConditions.attributeToBe(By.id("awayteam-map"), "data-ship-id", String.valueOf(MOTHERSHIP)));
        tapDeck(away, 10, 30);
        awaitLeaderIn(away, "airlock", 20);
        Browsers.screenshot(away, SHOTS, "awayteam-2-aboard");

        // airlock → midships corridor (closed door), up to the locked bulkhead, force it
        openDoor(away, "airlock/corridor-mid", 10);
        tapDeck(away, 37, 0);
        awaitLeaderIn(away, "corridor-mid", 30);
        openDoor(away, "corridor-mid/corridor-fore", 15);
        tapDeck(away, 97, 0);
        awaitLeaderIn(away, "corridor-fore", 30);
        Browsers.screenshot(away, SHOTS, "awayteam-3-bridge-door");
        openDoor(away, "corridor-fore/bridge", 20);
        tapDeck(away, 114, 12);
        awaitLeaderIn(away, "bridge", 20);
        Browsers.screenshot(away, SHOTS, "awayteam-4-bridge");

        // a hand on the console; the stranger in white is the second
        waiting(away, 5).until(ExpectedConditions.elementToBeClickable(By.id("awayteam-confirm-sd"))).click();
        waiting(away, 10).until(ExpectedConditions.attributeToBe(By.id("awayteam-console-state"), "data-armed", "true"));
        assertThat(away.findElement(By.cssSelector(".aw-comms")).getText()).contains("SELF-DESTRUCT ARMED");
        Browsers.screenshot(away, SHOTS, "awayteam-5-armed");

        // the captain's inset and the observer's away-team view show the same team
        helm.get(station("captain", VIGIL, "Captain"));
        awaitOnline(helm);
        waiting(helm, 5).until(ExpectedConditions.textMatches(By.id("captain-away-line"), java.util.regex.Pattern.compile("4 aboard Mothership")));
        Browsers.screenshot(helm, SHOTS, "captain-away-inset");
        helm.get(station("observer", VIGIL, "Watcher") + "&view=awayteam");
        awaitOnline(helm);
        waiting(helm, 5).until(d -> d.findElements(By.cssSelector("[data-station=awayteam] .aw-card[data-room=bridge]")).size() == LastOfItsKindScenario.TEAM);
        Thread.sleep(300);
        Browsers.screenshot(helm, SHOTS, "observer-awayteam");
    }
}
