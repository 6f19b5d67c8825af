package io.starbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code play} and {@code replay} write their report without Jackson (cheaper for a cold JVM): the text must
 * be exactly what Jackson's pretty printer writes, so scripts reading it see no difference.
 */
class RunReportJsonTest {
    @Test void the_hand_written_report_is_byte_for_byte_jackson_s() throws Exception {
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("dropToCloakMs", 217L);
        timings.put("ratio", 0.125);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("scenario", "strike \"quoted\" \\ back\\slash\ttab\nnewline \u0001\u001f é ✓");
        report.put("seed", -9_223_372_036_854_775_807L);
        report.put("outcome", null);
        report.put("ticks", 51295);
        report.put("verified", true);
        report.put("realTimeFactor", 731.5);
        report.put("nan", Double.NaN);
        report.put("infinite", Double.POSITIVE_INFINITY);
        report.put("timings", timings);
        report.put("empty", Map.of());

        String jackson = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        assertThat(RunReport.json(report)).isEqualTo(jackson);
    }

    @Test void a_value_without_a_json_form_here_is_refused_loudly() {
        Map<String, Object> report = Map.of("list", List.of(1, 2));
        assertThatThrownBy(() -> RunReport.json(report)).isInstanceOf(IllegalArgumentException.class);
    }
}
