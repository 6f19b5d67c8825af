package io.starbridge.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.event.WeaponsReleased;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DrillLoaderTest {
    private final DrillLoader loader = new DrillLoader(Scenarios.builtIn());

    private DrillSpec load(String json) {
        return loader.load("bad.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private DrillFileException errorsOf(String json) {
        return (DrillFileException) org.assertj.core.api.Assertions.catchThrowable(() -> load(json));
    }

    @Test
    void a_good_file_gives_its_start_end_figures_and_cap() {
        DrillSpec spec = load("""
                {"id": "execute", "title": "Execute", "scenario": "strike",
                 "start": {"event": "JumpCompleted", "ship": "player"},
                 "end": {"event": "WeaponsReleased", "ship": "player", "where": {"released": true}},
                 "figures": ["dropToExecuteMs"], "maxSeconds": 60}""");

        assertThat(spec.id()).isEqualTo("execute");
        assertThat(spec.end().event()).isEqualTo(new EventMatch(WeaponsReleased.class, ShipRole.PLAYER, Map.of("released", true)));
        assertThat(spec.figures()).containsExactly("dropToExecuteMs");
        assertThat(spec.maxSeconds()).isEqualTo(60);
    }

    @Test
    void every_missing_field_is_named() {
        DrillFileException e = errorsOf("{\"id\": \"x\"}");

        assertThat(e.errors()).containsExactlyInAnyOrder(
                "bad.json: $: missing field 'title'", "bad.json: $: missing field 'scenario'",
                "bad.json: $: missing field 'start'", "bad.json: $: missing field 'end'",
                "bad.json: $: missing field 'figures'", "bad.json: $: missing field 'maxSeconds'");
    }

    @Test
    void unknown_keys_are_rejected_at_every_level() {
        DrillFileException e = errorsOf("""
                {"id": "x", "title": "X", "scenario": "strike", "colour": "red",
                 "start": {"event": "JumpCompleted", "ship": "player", "when": 3},
                 "end": {"figure": "dropToCloakMs"}, "figures": ["dropToCloakMs"], "maxSeconds": 60}""");

        assertThat(e.getMessage()).contains("bad.json: $: unknown key 'colour'")
                .contains("bad.json: $.start: unknown key 'when'; expected one of [event, ship, where]");
    }

    @Test
    void unknown_names_are_errors_that_list_the_known_ones() {
        DrillFileException e = errorsOf("""
                {"id": "x", "title": "X", "scenario": "nowhere",
                 "start": {"event": "Teleported", "ship": "mothership"},
                 "end": {"figure": "fastestMs"}, "figures": ["dropToCloakMs", "slowMs"], "maxSeconds": 60}""");

        assertThat(e.errors()).hasSize(5);
        assertThat(e.getMessage()).contains("$.scenario: unknown scenario 'nowhere'; known: [strike")
                .contains("$.start.event: unknown event 'Teleported'; known: [")
                .contains("$.start.ship: unknown ship 'mothership'; expected 'player' or 'target'")
                .contains("$.end.figure: unknown figure 'fastestMs'")
                .contains("$.figures[1]: unknown figure 'slowMs'");
    }

    @Test
    void where_may_only_name_components_of_the_event_with_values_of_their_type() {
        DrillFileException e = errorsOf("""
                {"id": "x", "title": "X", "scenario": "strike",
                 "start": {"event": "WeaponsReleased", "ship": "player", "where": {"released": "yes", "colour": 1}},
                 "end": {"figure": "executeToCriticalsMs"}, "figures": ["executeToCriticalsMs"], "maxSeconds": 60}""");

        assertThat(e.getMessage()).contains("$.start.where.released: expected a boolean, got \"yes\"")
                .contains("$.start.where.colour: not a component to match of WeaponsReleased; expected one of [released]");
    }

    @Test
    void an_event_without_a_ship_cannot_be_matched_to_one() {
        assertThat(errorsOf("""
                {"id": "x", "title": "X", "scenario": "strike", "start": {"event": "ScanCompleted", "ship": "player"},
                 "end": {"figure": "dropToScanMs"}, "figures": ["dropToScanMs"], "maxSeconds": 60}""").getMessage())
                .contains("$.start.event: event 'ScanCompleted' has no shipId");
    }

    @Test
    void an_end_gives_either_an_event_or_a_figure() {
        assertThat(errorsOf("""
                {"id": "x", "title": "X", "scenario": "strike", "start": {"event": "JumpCompleted", "ship": "player"},
                 "end": {"figure": "dropToCloakMs", "event": "CloakEngaged", "ship": "player"},
                 "figures": ["dropToCloakMs"], "maxSeconds": 60}""").getMessage())
                .contains("$.end: give either 'figure' or 'event' (with 'ship'), not both");
    }

    @Test
    void a_cap_must_be_a_positive_number_of_seconds_and_figures_a_non_empty_list() {
        DrillFileException e = errorsOf("""
                {"id": "x", "title": "X", "scenario": "strike", "start": {"event": "JumpCompleted", "ship": "player"},
                 "end": {"figure": "dropToCloakMs"}, "figures": [], "maxSeconds": -5}""");

        assertThat(e.getMessage()).contains("$.figures: expected a non-empty array of figure names")
                .contains("$.maxSeconds: expected a number of seconds above 0 and at most 86400, got -5");
    }

    @Test
    void malformed_json_names_line_and_column() {
        assertThat(errorsOf("{\n  \"id\": \"x\",\n  \"title\": }").getMessage()).startsWith("bad.json line 3 column 12: not valid JSON");
    }

    @Test
    void a_duplicate_key_is_refused_rather_than_silently_overwritten() {
        assertThat(errorsOf("{\"id\": \"x\", \"id\": \"y\"}").getMessage()).contains("not valid JSON").contains("Duplicate field 'id'");
    }

    @Test
    void an_oversized_file_is_refused_unread() {
        byte[] big = new byte[DrillLoader.MAX_BYTES + 1];
        assertThatThrownBy(() -> loader.load("big.json", big)).isInstanceOf(DrillFileException.class)
                .hasMessage("big.json: larger than the limit of 65536 bytes");
    }

    @Test
    void an_unknown_drill_id_names_the_built_in_ones() {
        assertThatThrownBy(() -> new DrillCatalog(Scenarios.builtIn()).find("parade"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown drill 'parade'; known: [drop-and-cloak, critical-strike, boarding, self-destruct-evac]");
    }
}
