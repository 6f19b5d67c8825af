package io.starbridge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.starbridge.cli.Main;
import io.starbridge.scenario.Scenarios;
import io.starbridge.server.ServerConfig;
import io.starbridge.server.StarbridgeServer;
import io.starbridge.store.Store;
import io.starbridge.store.StoredRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The after-action page of a bot drill run in a real browser: three stored runs of drop-and-cloak
 * ({@code drill --data DIR}) served by {@code serve --data DIR}. The improvement curve has a point per
 * run and marks personal bests, the timeline has entries, and the slider moves the replayed view to
 * another tick. Screenshot: target/screenshots/afteraction.png.
 */
@org.junit.jupiter.api.Timeout(120)
class AfterActionBrowserIntegrationTest {
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir Path data;
    private Store store;
    private StarbridgeServer server;
    private ChromeDriver browser;

    @BeforeEach void start() {
        assumeFalse(Boolean.getBoolean("skipBrowserTests"), "browser tests skipped (-DskipBrowserTests=true)");
        assumeTrue(Browsers.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        assertThat(Main.run("drill", "--drill", "drop-and-cloak", "--crew", "bots", "--repeat", "3", "--data", data.toString(), "--json"))
                .as("drill --data").isZero();
        store = Store.open(data);
        server = new StarbridgeServer(new ServerConfig(0, data, 60, 60), Scenarios.builtIn(), store).start();
    }

    @AfterEach void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    @Test void the_page_of_a_bot_run_shows_its_curve_its_timeline_and_scrubs_its_replay() throws Exception {
        StoredRun run = store.runs().find("r3").orElseThrow();
        browser = Browsers.open();
        browser.get(base() + "/");
        browser.findElement(By.id("lobby-afteraction")).click();
        wait(10).until(d -> d.findElements(By.cssSelector("#aa-runs tbody tr")).size() == 3);
        assertThat(browser.findElement(By.id("aa-export")).isDisplayed()).as("no run chosen: nothing to export").isFalse();

        browser.get(base() + "/afteraction.html?run=" + run.id());
        wait(20).until(d -> d.findElements(By.cssSelector("#aa-chart .chart-point")).size() == 3);
        wait(30).until(d -> !d.findElements(By.cssSelector("#aa-timeline .aa-entry")).isEmpty());
        WebElement clock = browser.findElement(By.id("aa-view-tick"));
        wait(20).until(d -> "0".equals(clock.getDomAttribute("data-tick")));

        List<WebElement> points = browser.findElements(By.cssSelector("#aa-chart .chart-point"));
        assertThat(points).extracting(p -> p.getDomAttribute("data-run")).containsExactly("r1", "r2", "r3");
        assertThat(browser.findElement(By.cssSelector("select[aria-label='Figure to chart']")).getDomProperty("value"))
                .as("the drill's headline figure is charted first").isEqualTo("dropToCloakMs");
        assertThat(browser.findElements(By.cssSelector("#aa-chart .chart-point.chart-pb"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#aa-chart .pb-label")).getText()).startsWith("PB ");
        assertThat(browser.findElement(By.cssSelector("#aa-chart .chart-point.current")).getDomAttribute("data-run")).isEqualTo("r3");
        assertThat(browser.findElement(By.id("aa-timeline")).getText()).contains("dropped out of hyperspace", "cloaked");
        assertThat(browser.findElements(By.cssSelector("#aa-timeline .aa-entry[data-source=action]"))).isNotEmpty();

        WebElement slider = browser.findElement(By.id("aa-slider"));
        slider.click();
        slider.sendKeys(Keys.END);
        String end = Long.toString(run.ticks());
        wait(30).until(d -> end.equals(clock.getDomAttribute("data-tick")));
        assertThat(clock.getText()).contains("tick " + end);
        assertThat(browser.findElement(By.id("aa-export")).getDomAttribute("href")).isEqualTo("/api/runs/r3/journal");
        Thread.sleep(300); // let the last frame paint
        Browsers.screenshot(browser, SHOTS, "afteraction");
    }

    private String base() { return "http://127.0.0.1:" + server.port(); }

    private WebDriverWait wait(int seconds) { return new WebDriverWait(browser, Duration.ofSeconds(seconds), Duration.ofMillis(100)); }
}
