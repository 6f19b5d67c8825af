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
        defs().get("ship").get("properties").get("hull").get("enum").forEach(n -> hulls.add(n.asText()));

        for (String hull : hulls) assertThat(HullCatalog.byId(hull).id()).isEqualTo(hull);
        // the catalog names its known ids in its error; the schema must list the same ones
        assertThatThrownBy(() -> HullCatalog.byId("no-such-hull")).hasMessageEndingWith("known: " + new TreeSet<>(hulls));
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
