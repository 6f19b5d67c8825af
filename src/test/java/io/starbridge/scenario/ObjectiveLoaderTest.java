package io.starbridge.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.scenario.MissionSpec.ObjectiveSpec;
import io.starbridge.sim.event.JumpCompleted;
import io.starbridge.sim.event.ScanCompleted;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code objectives:} section as the loader reads it (scenarios/good/objectives.yaml and variations of it). */
class ObjectiveLoaderTest {
    private static final Path GOOD = ScenarioFileCheck.RESOURCES.resolve("good/objectives.yaml");

    private static String good() { return new String(ScenarioFileCheck.bytes(GOOD), StandardCharsets.UTF_8); }

    @Test
    void a_file_with_objectives_gives_them_in_file_order_with_their_ship_when_and_conditions() {
        List<ObjectiveSpec> objectives = new MissionLoader().load("objectives.yaml", ScenarioFileCheck.bytes(GOOD)).objectives();

        assertThat(objectives).extracting(ObjectiveSpec::id).containsExactly("arrive", "scout", "hold", "all-held", "held", "hits");
        ObjectiveSpec arrive = objectives.get(0), scout = objectives.get(1), allHeld = objectives.get(3);
        assertThat(arrive.ship()).isEqualTo("vigil");
        assertThat(arrive.when().event()).isEqualTo(JumpCompleted.class);
        assertThat(arrive.when().nearAim()).isEqualTo(5000.0);
        assertThat(scout.when().event()).isEqualTo(ScanCompleted.class);
        assertThat(scout.when().ship()).isEqualTo("lantern");
        assertThat(scout.when().target()).isEqualTo("raider");
        assertThat(objectives.get(2).when().timer()).isEqualTo("hold-clock");
        assertThat(allHeld.ship()).isNull();
        assertThat(allHeld.when()).isNull();
        assertThat(allHeld.conditions()).extracting(MissionSpec.Condition::kind).containsExactly("objectiveDone", "not");
        assertThat(objectives.get(5).when().flag()).isEqualTo("critical");
    }

    @Test
    void a_file_without_objectives_has_none() {
        Path patrol = ScenarioFileCheck.RESOURCES.resolve("good/patrol.yaml");

        assertThat(new MissionLoader().load("patrol.yaml", ScenarioFileCheck.bytes(patrol)).objectives()).isEmpty();
    }

    @Test
    void more_than_32_objectives_are_refused_at_the_list() {
        // the trigger of the file names 'hold': keep it
        StringBuilder many = new StringBuilder("objectives:\n  - {id: hold, text: Hold, done: {if: {outcome: held}}}\n");
        for (int i = 1; i < 33; i++)
            many.append("  - {id: o").append(i).append(", text: Objective ").append(i).append(", done: {if: {outcome: held}}}\n");
        String text = good().replaceFirst("(?s)objectives:\n.*?triggers:", java.util.regex.Matcher.quoteReplacement(many + "triggers:"));

        assertThat(ScenarioFileCheck.errorsOf("many.yaml", text.getBytes(StandardCharsets.UTF_8)))
                .extracting(e -> e.line() + ":" + e.column() + ": " + e.message())
                .containsExactly("32:3: objectives: 33 objectives (expected at most 32)");
    }

    @Test
    void a_text_longer_than_a_line_on_a_station_is_refused_at_the_text() {
        String text = good().replace("text: Scan the raider", "text: " + "x".repeat(121));

        assertThat(ScenarioFileCheck.errorsOf("long.yaml", text.getBytes(StandardCharsets.UTF_8)))
                .extracting(e -> e.line() + ":" + e.column() + ": " + e.message())
                .containsExactly("37:11: objectives[1].text: 121 characters (expected at most 120)");
    }
}
