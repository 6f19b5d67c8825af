package io.starbridge.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.starbridge.protocol.ClientMessage.CommandMessage;
import io.starbridge.protocol.ClientMessage.Reaction;
import org.junit.jupiter.api.Test;

class ReactionsTest {
    private final ProtocolCodec codec = new ProtocolCodec();

    @Test void a_command_carries_the_stations_reaction_reports_apart_from_its_own_fields() throws Exception {
        CommandMessage c = (CommandMessage) codec.decode("{\"msg\":\"command\",\"seq\":4,\"type\":\"SetCloak\",\"on\":true,"
                + "\"react\":[{\"event\":\"JumpCompleted\",\"tick\":812,\"ms\":187.4},{\"event\":\"ContactDetected\",\"tick\":815,\"ms\":120}]}");
        assertThat(c.fields()).containsOnlyKeys("on");
        assertThat(c.reactions()).containsExactly(new Reaction("JumpCompleted", 812, 187.4), new Reaction("ContactDetected", 815, 120));
    }

    @Test void a_command_without_react_has_no_reports() throws Exception {
        CommandMessage c = (CommandMessage) codec.decode("{\"msg\":\"command\",\"seq\":4,\"type\":\"SetCloak\",\"on\":true}");
        assertThat(c.reactions()).isEmpty();
    }

    @Test void malformed_reports_are_refused_with_what_was_expected() {
        assertRefused("\"react\":{\"event\":\"JumpCompleted\"}", "'react' must be a list");
        assertRefused("\"react\":[{\"event\":\"JumpCompleted\",\"tick\":1}]", "each 'react' entry is");
        assertRefused("\"react\":[{\"event\":\"JumpCompleted\",\"tick\":1,\"ms\":10,\"extra\":1}]", "each 'react' entry is");
        assertRefused("\"react\":[{\"event\":\"Jump Completed!\",\"tick\":1,\"ms\":10}]", "event kind");
        assertRefused("\"react\":[{\"event\":\"JumpCompleted\",\"tick\":-1,\"ms\":10}]", "tick number");
        assertRefused("\"react\":[{\"event\":\"JumpCompleted\",\"tick\":1,\"ms\":-5}]", "ms must be within");
        assertRefused("\"react\":[{\"event\":\"JumpCompleted\",\"tick\":1,\"ms\":1e9}]", "ms must be within");
        assertRefused("\"react\":[{\"event\":\"JumpCompleted\",\"tick\":1.5,\"ms\":10}]", "each 'react' entry is");
        String nine = ",{\"event\":\"A\",\"tick\":1,\"ms\":1}".repeat(9).substring(1);
        assertRefused("\"react\":[" + nine + "]", "at most 8 entries");
    }

    private void assertRefused(String react, String reason) {
        String text = "{\"msg\":\"command\",\"seq\":9,\"type\":\"SetCloak\",\"on\":true," + react + "}";
        assertThatThrownBy(() -> codec.decode(text)).isInstanceOf(ProtocolException.class).hasMessageContaining(reason);
    }
}
