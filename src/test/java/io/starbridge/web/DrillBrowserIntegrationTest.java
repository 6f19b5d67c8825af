package io.starbridge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.starbridge.scenario.Scenarios;
import io.starbridge.server.Game;
import io.starbridge.server.ServerConfig;
import io.starbridge.server.StarbridgeServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A drill game in real browsers: the lobby offers the drills and lists the drill game; a station shows the
 * drill strip (which drill, which run, waiting for the start). Screenshot: target/screenshots/drill-helm.png.
 */
@org.junit.jupiter.api.Timeout(90)
class DrillBrowserIntegrationTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private StarbridgeServer server;
    private final List<ChromeDriver> browsers = new ArrayList<>();

    @BeforeEach void start() {
        assumeFalse(Boolean.getBoolean("skipBrowserTests"), "browser tests skipped (-DskipBrowserTests=true)");
        assumeTrue(Browsers.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        server = new StarbridgeServer(new ServerConfig(0, null, 60, 60), Scenarios.builtIn()).start();
    }

    @AfterEach void stop() {
        for (ChromeDriver b : browsers) b.quit();
        if (server != null) server.stop();
    }

    @Test void the_lobby_offers_drills_and_a_station_of_a_drill_game_shows_its_run() throws Exception {
        Game game = server.games().createDrill("drop-and-cloak", 12L, true);
        ChromeDriver lobby = open("/");
        wait(lobby).until(d -> d.findElements(By.cssSelector("#lobby-drill option")).size() > 4);
        List<String> drills = new Select(lobby.findElement(By.id("lobby-drill"))).getOptions().stream().map(o -> o.getAttribute("value")).toList();
        assertThat(drills).contains("drop-and-cloak", "critical-strike", "boarding", "self-destruct-evac");
        wait(lobby).until(d -> d.findElement(By.cssSelector("article.game[data-game-id='" + game.id() + "']")).getText().contains("drill drop-and-cloak"));

        ChromeDriver helm = open("/station.html?s=helm&g=" + game.id() + "&ship=1&n=Hana");
        wait(helm).until(d -> d.findElement(By.cssSelector(".drill-strip")).isDisplayed());
        String strip = helm.findElement(By.cssSelector(".drill-strip")).getText();
        assertThat(strip).contains("DRILL", "run 1", "WAITING FOR THE START");
        Browsers.screenshot(helm, SHOTS, "drill-helm");
    }

    private ChromeDriver open(String path) throws Exception {
        ChromeDriver b = Browsers.open();
        browsers.add(b);
        b.get("http://127.0.0.1:" + server.port() + path);
        return b;
    }

    private static WebDriverWait wait(ChromeDriver b) {
        return new WebDriverWait(b, Duration.ofSeconds(15), Duration.ofMillis(50));
    }
}
