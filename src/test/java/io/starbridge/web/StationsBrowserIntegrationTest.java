package io.starbridge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * Beats 1–2 of the mission through the real browser stations: helm and engineering in two browsers
 * on the demo game's Vigil, an observer watching the mothership's own crew view. Screenshots of every
 * station land in target/screenshots/.
 */
class StationsBrowserIntegrationTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String GAME = "g1";
    private static final int VIGIL = 1, MOTHERSHIP = 2;

    private ServerProcess server;
    private final List<ChromeDriver> browsers = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        assumeFalse(Boolean.getBoolean("skipBrowserTests"), "browser tests skipped (-DskipBrowserTests=true)");
        assumeTrue(Browsers.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install -y chromium chromium-driver)");
        server = ServerProcess.startDemo(Path.of("target", "browser-test-server"));
    }

    @AfterEach
    void stop() throws Exception {
        for (ChromeDriver b : browsers) b.quit();
        if (server != null) server.close();
    }

    private ChromeDriver browser() throws Exception {
        ChromeDriver b = Browsers.open();
        browsers.add(b);
        return b;
    }

    private String station(String s, int ship, String name) {
        return server.base() + "/station.html?s=" + s + "&g=" + GAME + "&ship=" + ship + "&n=" + name;
    }

    private static WebDriverWait waiting(ChromeDriver b, int seconds) {
        return new WebDriverWait(b, Duration.ofSeconds(seconds), Duration.ofMillis(100));
    }

    private static void awaitOnline(ChromeDriver b) {
        waiting(b, 10).until(ExpectedConditions.attributeToBe(By.cssSelector(".conn"), "data-state", "joined"));
    }

    private static void awaitText(ChromeDriver b, By by, String text, int seconds) {
        waiting(b, seconds).until(ExpectedConditions.textToBe(by, text));
    }

    private static List<WebElement> vigilInContacts(ChromeDriver observer) {
        return observer.findElements(By.cssSelector("[data-station=science] .list-item[data-contact-id='" + VIGIL + "']"));
    }

    @Test
    void crew_jumps_drops_and_cloaks_and_the_enemy_loses_the_ship() throws Exception {
        ChromeDriver helm = browser();
        helm.get(station("helm", VIGIL, "Helm"));
        awaitOnline(helm);
        // the aim point comes from the briefing, prefilled
        waiting(helm, 10).until(d -> !d.findElement(By.id("helm-aim-x")).getAttribute("value").isEmpty());

        ChromeDriver engineering = browser();
        engineering.get(station("engineering", VIGIL, "Engineer"));
        awaitOnline(engineering);

        // the observer watches the mothership's own science view: what the enemy's sensors see
        ChromeDriver observer = browser();
        observer.get(station("observer", MOTHERSHIP, "Watcher") + "&view=science");
        awaitOnline(observer);
        assertThat(observer.findElements(By.cssSelector("[data-station=science] button.btn:not(.nav-allowed)")))
                .allSatisfy(button -> assertThat(button.isDisplayed()).as("observer controls are hidden").isFalse());
        assertThat(vigilInContacts(observer)).as("Vigil is thousands of km away before the jump").isEmpty();

        helm.findElement(By.id("helm-plot")).click();
        awaitText(helm, By.id("helm-jump-phase"), "PLOTTED", 5);

        engineering.findElement(By.id("engineering-spool")).click();
        awaitText(helm, By.id("helm-jump-phase"), "SPOOLING", 5);
        awaitText(helm, By.id("helm-jump-phase"), "READY", 15);

        helm.findElement(By.id("helm-execute-jump")).click();
        awaitText(helm, By.id("helm-jump-phase"), "IN HYPERSPACE", 5);
        // the drop: the drive returns to idle and the ship is out of hyperspace
        awaitText(helm, By.id("helm-jump-phase"), "IDLE", 20);
        waiting(observer, 5).until(d -> !vigilInContacts(observer).isEmpty());
        Browsers.screenshot(observer, SHOTS, "observer-enemy-science-after-drop");

        // engineering cloaks with its one-key shortcut
        new Actions(engineering).sendKeys("c").perform();
        waiting(engineering, 5).until(ExpectedConditions.attributeToBe(By.cssSelector("[data-station=engineering] .big-number[data-state]"), "data-state", "engaged"));

        waiting(observer, 5).until(d -> vigilInContacts(observer).isEmpty());
        Browsers.screenshot(helm, SHOTS, "helm");
        Browsers.screenshot(engineering, SHOTS, "engineering");
        Browsers.screenshot(observer, SHOTS, "observer-enemy-science-after-cloak");

        screenshotEveryOtherStation(observer, helm, engineering);
    }

    /** The strike file's objectives on the captain's checklist after the drop and the cloak: two of six done. */
    private static void assertJumpAndCloakTicked(ChromeDriver captain) {
        By progress = By.cssSelector("[data-station=captain] .objectives-progress");
        awaitText(captain, progress, "2 / 6", 5);
        List<String> done = captain.findElements(By.cssSelector("[data-station=captain] li[data-objective]")).stream()
                .map(li -> li.getAttribute("data-objective") + ":" + li.getAttribute("data-done")).toList();
        assertThat(done).containsExactly("jump:true", "cloak:true", "scan:false", "release:false", "critical:false", "derelict:false");
        WebElement next = captain.findElement(By.cssSelector("[data-station=captain] li[data-objective=scan]"));
        assertThat(next.isDisplayed()).as("the next objective is in view").isTrue();
    }

    /** One browser visits the remaining pages; seats it takes resume on revisit within the tab. */
    private void screenshotEveryOtherStation(ChromeDriver b, ChromeDriver helm, ChromeDriver engineering) throws Exception {
        for (String s : List.of("weapons", "science", "comms", "captain", "viewscreen")) {
            b.get(station(s, VIGIL, "Crew"));
            awaitOnline(b);
            Thread.sleep(600);
            Browsers.screenshot(b, SHOTS, s);
            if (s.equals("captain")) assertJumpAndCloakTicked(b);
        }
        b.get(station("gm", VIGIL, "GM"));
        awaitOnline(b);
        Thread.sleep(600);
        Browsers.screenshot(b, SHOTS, "game-master");
        // free the helm and engineering seats so the combined pages can take them
        helm.findElement(By.cssSelector(".topbar button[title='Give up this seat']")).click();
        engineering.findElement(By.cssSelector(".topbar button[title='Give up this seat']")).click();
        Thread.sleep(300);
        for (String s : List.of("pilot", "ops")) {
            b.get(station(s, VIGIL, "Crew"));
            waiting(b, 10).until(d -> d.findElements(By.cssSelector(".combined-part .conn[data-state=joined]")).size()
                    == d.findElements(By.cssSelector(".combined-part")).size());
            Thread.sleep(600);
            Browsers.screenshot(b, SHOTS, "combined-" + s);
        }
        b.get(server.base() + "/");
        waiting(b, 10).until(d -> !d.findElements(By.cssSelector("article.game")).isEmpty());
        Browsers.screenshot(b, SHOTS, "lobby");
    }
}
