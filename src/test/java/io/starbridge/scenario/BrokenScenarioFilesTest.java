package io.starbridge.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file under src/test/resources/scenarios/broken/ states the errors it must produce in its first
 * lines: {@code # expect: LINE:COL: start of the message}. The loader must report exactly those, each at
 * its line and column — no fewer (every error is collected) and no more.
 */
class BrokenScenarioFilesTest {
    private static final Pattern EXPECT = Pattern.compile("^# expect: (\\d+):(\\d+): (.+)$");

    static List<Path> brokenFiles() { return ScenarioFileCheck.filesIn(ScenarioFileCheck.RESOURCES.resolve("broken")); }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void each_broken_file_gives_exactly_its_expected_errors_at_their_line_and_column(Path file) {
        String text = new String(ScenarioFileCheck.bytes(file), StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>();
        for (String line : text.lines().toList()) {
            Matcher m = EXPECT.matcher(line);
            if (m.matches()) expected.add(m.group(1) + ":" + m.group(2) + ": " + m.group(3));
        }
        assertThat(expected).as("%s states its expected errors", file).isNotEmpty();

        List<String> actual = ScenarioFileCheck.errorsOf(file).stream()
                .map(e -> e.line() + ":" + e.column() + ": " + e.message()).toList();

        assertThat(actual).as("errors of %s", file).hasSameSizeAs(expected);
        for (String e : expected) assertThat(actual).as("errors of %s", file).anyMatch(a -> a.startsWith(e));
    }

    @Test
    void every_error_names_the_file_line_and_column_in_the_compiler_form() {
        FileError e = ScenarioFileCheck.errorsOf(ScenarioFileCheck.RESOURCES.resolve("broken/bad-hull.yaml")).get(0);

        assertThat(e.toString()).startsWith("bad-hull.yaml:" + e.line() + ":" + e.column() + ": ships[1].hull: unknown hull class");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_before_it_is_parsed() {
        byte[] big = new byte[YamlParser.MAX_BYTES + 1];
        Arrays.fill(big, (byte) '#');

        assertThat(ScenarioFileCheck.errorsOf("big.yaml", big)).extracting(FileError::toString)
                .containsExactly("big.yaml:1:1: file is larger than the limit of 262144 bytes (expected at most 256 KiB)");
    }

    @Test
    void a_file_just_under_the_size_limit_is_read() {
        byte[] good = ScenarioFileCheck.bytes(ScenarioFileCheck.RESOURCES.resolve("good/patrol.yaml"));
        byte[] padded = Arrays.copyOf(good, YamlParser.MAX_BYTES);
        // a comment fills the rest: still a valid file of exactly the limit
        padded[good.length] = '#';
        Arrays.fill(padded, good.length + 1, padded.length, (byte) ' ');

        assertThat(ScenarioFileCheck.errorsOf("padded.yaml", padded)).isEmpty();
    }

    @Test
    void bytes_that_are_not_utf8_are_refused() {
        byte[] latin1 = "kind: mission\nid: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(ScenarioFileCheck.errorsOf("latin1.yaml", latin1)).extracting(FileError::message)
                .containsExactly("not UTF-8 text (expected a UTF-8 YAML file)");
    }

    @Test
    void an_explicit_tag_is_refused() {
        byte[] tagged = "kind: !!binary aGVsbG8=\n".getBytes(StandardCharsets.UTF_8);

        assertThat(ScenarioFileCheck.errorsOf("tagged.yaml", tagged)).extracting(FileError::toString)
                .containsExactly("tagged.yaml:1:7: tag tag:yaml.org,2002:binary is not allowed (expected plain values)");
    }
}
