package io.starbridge.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.starbridge.scenario.Scenarios;
import io.starbridge.scenario.YamlParser;
import io.starbridge.sim.event.WeaponsReleased;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DrillLoaderTest {
    private final DrillLoader loader = new DrillLoader(Scenarios.builtIn());

    private DrillSpec load(String yaml) {
        return loader.load("bad.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private DrillFileException errorsOf(String yaml) {
        return catchThrowableOfType(DrillFileException.class, () -> load(yaml));
    }

    @Test
    void a_good_file_gives_its_start_end_figures_and_cap() {
        DrillSpec spec = load("""
                kind: drill
                id: execute
                title: Execute
                scenario: strike
                start: {event: JumpCompleted, ship: player}
                end: {event: WeaponsReleased, ship: player, where: {released: true}}
                figures: [dropToExecuteMs]
                maxSeconds: 60
                """);

        assertThat(spec.id()).isEqualTo("execute");
        assertThat(spec.end().event()).isEqualTo(new EventMatch(WeaponsReleased.class, ShipRole.PLAYER, Map.of("released", true)));
        assertThat(spec.figures()).containsExactly("dropToExecuteMs");
        assertThat(spec.maxSeconds()).isEqualTo(60);
    }

    @Test
    void every_missing_key_is_named_at_the_mapping_it_belongs_in() {
        DrillFileException e = errorsOf("kind: drill\nid: x\n");

        assertThat(e.errors()).hasSize(6).allMatch(line -> line.startsWith("bad.yaml:1:1: drill: missing key '"));
        assertThat(e.getMessage()).contains("missing key 'title'", "missing key 'scenario'", "missing key 'start'",
                "missing key 'end'", "missing key 'figures'", "missing key 'maxSeconds'");
    }

    @Test
    void unknown_keys_are_rejected_at_every_level_with_their_line_and_column() {
        DrillFileException e = errorsOf("""
                kind: drill
                id: x
                title: X
                scenario: strike
                colour: red
                start: {event: JumpCompleted, ship: player, when: 3}
                end: {figure: dropToCloakMs}
                figures: [dropToCloakMs]
                maxSeconds: 60
                """);

        assertThat(e.errors()).containsExactly(
                "bad.yaml:5:1: drill: unknown key 'colour' (expected one of [end, figures, id, kind, maxSeconds, scenario, start, title])",
                "bad.yaml:6:45: start: unknown key 'when' (expected one of [event, ship, where])");
    }

    @Test
    void unknown_names_are_errors_that_list_the_known_ones() {
        DrillFileException e = errorsOf("""
                kind: drill
                id: x
                title: X
                scenario: nowhere
                start: {event: Teleported, ship: mothership}
                end: {figure: fastestMs}
                figures: [dropToCloakMs, slowMs]
                maxSeconds: 60
                """);

        assertThat(e.errors()).hasSize(5);
        assertThat(e.getMessage()).contains("bad.yaml:4:11: scenario: unknown scenario 'nowhere' (expected one of [strike")
                .contains("bad.yaml:5:16: start.event: unknown event 'Teleported' (expected one of [")
                .contains("bad.yaml:5:34: start.ship: expected one of [player, target], got \"mothership\"")
                .contains("bad.yaml:6:15: end.figure: unknown figure 'fastestMs'")
                .contains("bad.yaml:7:26: figures[1]: unknown figure 'slowMs'");
    }

    @Test
    void where_may_only_name_components_of_the_event_with_values_of_their_type() {
        DrillFileException e = errorsOf("""
                kind: drill
                id: x
                title: X
                scenario: strike
                start: {event: WeaponsReleased, ship: player, where: {released: "yes", colour: 1}}
                end: {figure: executeToCriticalsMs}
                figures: [executeToCriticalsMs]
                maxSeconds: 60
                """);

        assertThat(e.getMessage()).contains("start.where.released: expected true or false, got \"yes\"")
                .contains("start.where: unknown key 'colour' (expected one of [released])");
    }

    @Test
    void an_event_without_a_ship_cannot_be_matched_to_one() {
        assertThat(errorsOf("""
                kind: drill
                id: x
                title: X
                scenario: strike
                start: {event: ScanCompleted, ship: player}
                end: {figure: dropToScanMs}
                figures: [dropToScanMs]
                maxSeconds: 60
                """).getMessage()).contains("bad.yaml:5:16: start.event: event 'ScanCompleted' has no shipId");
    }

    @Test
    void an_end_gives_either_an_event_or_a_figure() {
        assertThat(errorsOf("""
                kind: drill
                id: x
                title: X
                scenario: strike
                start: {event: JumpCompleted, ship: player}
                end: {figure: dropToCloakMs, event: CloakEngaged, ship: player}
                figures: [dropToCloakMs]
                maxSeconds: 60
                """).getMessage()).contains("bad.yaml:6:6: end: give either 'figure' or 'event' with 'ship', not both");
    }

    @Test
    void a_cap_must_be_a_positive_number_of_seconds_and_figures_a_non_empty_list() {
        DrillFileException e = errorsOf("""
                kind: drill
                id: x
                title: X
                scenario: strike
                start: {event: JumpCompleted, ship: player}
                end: {figure: dropToCloakMs}
                figures: []
                maxSeconds: -5
                """);

        assertThat(e.getMessage()).contains("bad.yaml:7:10: figures: expected a non-empty list of figure names")
                .contains("bad.yaml:8:13: maxSeconds: expected a number from 0.001 to 86400, got -5");
    }

    @Test
    void malformed_yaml_names_line_and_column() {
        assertThat(errorsOf("kind: drill\nid: x\ntitle: [unclosed\n").getMessage()).startsWith("bad.yaml:4:1: not valid YAML");
    }

    @Test
    void a_duplicate_key_is_refused_rather_than_silently_overwritten() {
        assertThat(errorsOf("kind: drill\nid: x\nid: y\n").getMessage()).contains("bad.yaml:3:1: drill: key 'id' given twice");
    }

    @Test
    void an_oversized_file_is_refused_unread() {
        byte[] big = new byte[DrillLoader.MAX_BYTES + 1];
        assertThatThrownBy(() -> loader.load("big.yaml", big)).isInstanceOf(DrillFileException.class)
                .hasMessage("big.yaml:1:1: file is larger than the limit of " + YamlParser.MAX_BYTES + " bytes (expected at most 256 KiB)");
    }

    @Test
    void an_unknown_drill_id_names_the_built_in_ones() {
        assertThatThrownBy(() -> new DrillCatalog(Scenarios.builtIn()).find("parade"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown drill 'parade'; known: [drop-and-cloak, critical-strike, boarding, self-destruct-evac]");
    }
}
