package io.starbridge.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.starbridge.drill.DrillLoader;
import io.starbridge.sim.ship.HullCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped JSON Schema (draft 2020-12) accepts every built-in and good test file, rejects broken
 * structure, and names exactly the keys the loaders accept — so the two cannot drift apart.
 */
class ScenarioSchemaTest {
    private static final Path SCHEMA = ScenarioFileCheck.MAIN_RESOURCES.resolve("schema/scenario.schema.json");

    private static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
    }

    private static JsonNode defs() throws IOException {
        return new ObjectMapper().readTree(SCHEMA.toFile()).get("$defs");
    }

    static Stream<Path> validFiles() {
        return Stream.of(ScenarioFilesTest.builtInFiles(), ScenarioFileCheck.filesIn(ScenarioFileCheck.RESOURCES.resolve("good")))
                .flatMap(List::stream);
    }

    @ParameterizedTest
    @MethodSource("validFiles")
    void every_built_in_and_good_file_conforms_to_the_schema(Path file) throws IOException {
        List<Error> errors = schema().validate(Files.readString(file, StandardCharsets.UTF_8), InputFormat.YAML);

        assertThat(errors).as("schema errors of %s", file).isEmpty();
    }

    @Test
    void the_schema_rejects_an_unknown_key_a_wrong_type_and_a_missing_key() throws IOException {
        Schema schema = schema();
        for (String broken : List.of("unknown-key.yaml", "wrong-type.yaml", "missing-key.yaml", "missing-kind.yaml")) {
            String text = Files.readString(ScenarioFileCheck.RESOURCES.resolve("broken").resolve(broken));
            assertThat(schema.validate(text, InputFormat.YAML)).as(broken).isNotEmpty();
        }
    }

    @Test
    void the_schema_refuses_bots_on_a_ship_without_a_player_crew_and_bad_bot_values() throws IOException {
        Schema schema = schema();
        for (String broken : List.of("bots-without-player-crew.yaml", "bad-bots.yaml")) {
            String text = Files.readString(ScenarioFileCheck.RESOURCES.resolve("broken").resolve(broken));
            assertThat(schema.validate(text, InputFormat.YAML)).as(broken).isNotEmpty();
        }
        // the same bots under the player ship conform
        String onPlayer = Files.readString(ScenarioFileCheck.RESOURCES.resolve("broken/bots-without-player-crew.yaml"))
                .replace("    crew: player\n", "    crew: player\n    bots: {standoff: 3000}\n")
                .replace("    bots: {standoff: 3000}\nbriefing", "briefing");
        assertThat(schema.validate(onPlayer, InputFormat.YAML)).isEmpty();
    }

    @Test
    void the_schema_refuses_an_objective_without_a_done_an_empty_done_a_text_of_two_lines_or_too_many() throws IOException {
        Schema schema = schema();
        String good = Files.readString(ScenarioFileCheck.RESOURCES.resolve("good/objectives.yaml"));
        assertThat(schema.validate(good, InputFormat.YAML)).isEmpty();

        String withoutDone = good.replace("    done: {when: {timer: hold-clock}}\n", "");
        String emptyDone = good.replace("done: {when: {timer: hold-clock}}", "done: {}");
        String twoLines = good.replace("text: Hold the line for a second", "text: \"Hold the line\\nfor a second\"");
        String unknownCondition = good.replace("{if: {outcome: held}}", "{if: {outcomeIs: held}}");
        StringBuilder many = new StringBuilder("objectives:\n");
        for (int i = 0; i < 33; i++) many.append("  - {id: o").append(i).append(", text: O, done: {if: {outcome: held}}}\n");
        String tooMany = good.replace("objectives:\n", many.toString());
        for (String broken : List.of(withoutDone, emptyDone, twoLines, unknownCondition, tooMany))
            assertThat(broken).isNotEqualTo(good);
        assertThat(schema.validate(withoutDone, InputFormat.YAML)).as("without done").isNotEmpty();
        assertThat(schema.validate(emptyDone, InputFormat.YAML)).as("empty done").isNotEmpty();
        assertThat(schema.validate(twoLines, InputFormat.YAML)).as("two lines").isNotEmpty();
        assertThat(schema.validate(unknownCondition, InputFormat.YAML)).as("unknown condition").isNotEmpty();
        assertThat(schema.validate(tooMany, InputFormat.YAML)).as("33 objectives").isNotEmpty();
        assertThat(schema.validate(Files.readString(ScenarioFileCheck.RESOURCES.resolve("broken/bad-objectives.yaml")), InputFormat.YAML))
                .as("bad-objectives.yaml").isNotEmpty();
    }

    @Test
    void each_schema_definition_has_exactly_the_keys_the_mission_loader_accepts_and_requires() throws IOException {
        JsonNode defs = defs();
        for (Map.Entry<String, MissionKeys.Keys> e : MissionKeys.BY_SCHEMA_DEF.entrySet()) {
            JsonNode def = defs.get(e.getKey());
            assertThat(def).as("$defs/%s", e.getKey()).isNotNull();
            Set<String> all = new TreeSet<>(e.getValue().required());
            all.addAll(e.getValue().optional());
            assertThat(names(def.get("properties"))).as("properties of $defs/%s", e.getKey()).isEqualTo(all);
            assertThat(required(def)).as("required of $defs/%s", e.getKey()).isEqualTo(new TreeSet<>(e.getValue().required()));
            assertThat(def.get("additionalProperties").asBoolean(true)).as("$defs/%s refuses unknown keys", e.getKey()).isFalse();
        }
    }

    @Test
    void the_drill_definitions_have_exactly_the_keys_the_drill_loader_accepts() throws IOException {
        JsonNode defs = defs();
        Set<String> event = new TreeSet<>(DrillLoader.EVENT_REQUIRED);
        event.addAll(DrillLoader.EVENT_OPTIONAL);

        assertThat(names(defs.get("drill").get("properties"))).isEqualTo(new TreeSet<>(DrillLoader.ROOT_REQUIRED));
        assertThat(required(defs.get("drill"))).isEqualTo(new TreeSet<>(DrillLoader.ROOT_REQUIRED));
        assertThat(names(defs.get("drillEvent").get("properties"))).isEqualTo(event);
        assertThat(required(defs.get("drillEvent"))).isEqualTo(new TreeSet<>(DrillLoader.EVENT_REQUIRED));
        assertThat(names(defs.get("drillEnd").get("properties"))).isEqualTo(new TreeSet<>(DrillLoader.END_KEYS));
    }

    @Test
    void the_schemas_hull_classes_are_the_catalogs() throws IOException {
        List<String> hulls = new ArrayList<>();
        defs().get("builtInHull").get("enum").forEach(n -> hulls.add(n.asText()));

        for (String hull : hulls) assertThat(HullCatalog.byId(hull).id()).isEqualTo(hull);
        // the catalog names its known ids in its error; the schema must list the same ones
        assertThatThrownBy(() -> HullCatalog.byId("no-such-hull")).hasMessageEndingWith("known: " + new TreeSet<>(hulls));
        assertThat(MissionHulls.builtInIds()).containsExactlyElementsOf(new TreeSet<>(hulls));
        // a ship and a file hull's base name a built-in hull class or a file hull's id
        assertThat(defs().get("ship").get("properties").get("hull").get("$ref").asText()).isEqualTo("#/$defs/hullId");
        assertThat(defs().get("hull").get("properties").get("base").get("$ref").asText()).isEqualTo("#/$defs/hullId");
    }

    @Test
    void the_schemas_hull_field_ranges_are_the_loaders() throws IOException {
        JsonNode defs = defs();
        Map<String, List<? extends HullFields.Field<?>>> tables = Map.of("hull", HullFields.HULL, "jumpDrive", HullFields.JUMP_DRIVE,
                "maneuver", HullFields.MANEUVER, "torpedo", HullFields.TORPEDO);
        tables.forEach((def, fields) -> {
            for (HullFields.Field<?> field : fields) {
                JsonNode p = defs.get(def).get("properties").get(field.key());
                assertThat(p).as("$defs/%s/%s", def, field.key()).isNotNull();
                assertThat(p.get("minimum").asDouble()).as("minimum of %s.%s", def, field.key()).isEqualTo(field.min());
                assertThat(p.get("maximum").asDouble()).as("maximum of %s.%s", def, field.key()).isEqualTo(field.max());
                assertThat(p.get("type").asText()).as("type of %s.%s", def, field.key())
                        .isEqualTo(field.unit() == HullFields.Unit.WHOLE ? "integer" : "number");
            }
        });
        // without a base, the schema asks for every field the loader asks for
        Set<String> full = new TreeSet<>();
        defs.get("hull").get("then").get("required").forEach(n -> full.add(n.asText()));
        Set<String> expected = new TreeSet<>(MissionKeys.HULL.optional());
        expected.remove("base");
        assertThat(full).isEqualTo(expected);
    }

    @Test
    void the_schema_rejects_a_hull_without_base_missing_fields_and_wrong_mounts() throws IOException {
        Schema schema = schema();
        for (String broken : List.of("hull-missing-fields.yaml", "hull-out-of-range.yaml", "hull-parts.yaml")) {
            String text = Files.readString(ScenarioFileCheck.RESOURCES.resolve("broken").resolve(broken));
            assertThat(schema.validate(text, InputFormat.YAML)).as(broken).isNotEmpty();
        }
    }

    private static Set<String> names(JsonNode properties) {
        Set<String> out = new TreeSet<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static Set<String> required(JsonNode def) {
        Set<String> out = new TreeSet<>();
        if (def.has("required")) def.get("required").forEach(n -> out.add(n.asText()));
        return out;
    }
}
