package io.starbridge.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.starbridge.protocol.ClientMessage.CommandMessage;
import io.starbridge.protocol.ClientMessage.Hello;
import io.starbridge.sim.command.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProtocolCodecTest {
    private final ProtocolCodec codec = new ProtocolCodec();

    @Test void a_hello_decodes_with_its_role_and_an_empty_crew_code_when_omitted() throws Exception {
        ClientMessage m = codec.decode("{\"msg\":\"hello\",\"v\":1,\"gameId\":\"g1\",\"shipId\":1,\"role\":\"HELM\",\"name\":\" Ann \"}");
        assertThat(m).isEqualTo(new Hello(1, "g1", 1, Role.HELM, "Ann", ""));
    }

    @Test void a_command_keeps_its_own_fields_and_carries_no_origin() throws Exception {
        CommandMessage c = (CommandMessage) codec.decode("{\"msg\":\"command\",\"seq\":3,\"type\":\"SetPower\",\"subsystemId\":\"cloak\",\"allocation\":1.5}");
        assertThat(c.seq()).isEqualTo(3);
        assertThat(c.type()).isEqualTo("SetPower");
        assertThat(c.fields()).containsExactly(Map.entry("subsystemId", "cloak"), Map.entry("allocation", 1.5));
        assertThatThrownBy(() -> codec.decode("{\"msg\":\"command\",\"seq\":3,\"type\":\"SetThrottle\",\"throttle\":1,\"role\":\"CAPTAIN\"}"))
                .hasMessageContaining("'role' comes from your seat")
                .extracting(e -> ((ProtocolException) e).seq()).isEqualTo(3L);
    }

    @Test void malformed_unknown_non_finite_and_oversized_messages_are_refused_with_a_reason() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("", "a message must be a JSON object");
        cases.put("{\"msg\":", "malformed JSON");
        cases.put("{\"msg\":\"ping\",\"clientTimeMs\":1} {}", "malformed JSON");
        cases.put("{\"msg\":\"ping\",\"msg\":\"leave\"}", "malformed JSON");
        cases.put("{\"msg\":\"warp\"}", "unknown message type 'warp'");
        cases.put("{\"msg\":\"ping\",\"clientTimeMs\":NaN}", "malformed JSON");
        cases.put("{\"msg\":\"ping\",\"clientTimeMs\":1e999}", "finite number");
        cases.put("{\"msg\":\"ping\",\"clientTimeMs\":1e13}", "finite number");
        cases.put("{\"msg\":\"command\",\"seq\":99999999999999999999,\"type\":\"SetThrottle\"}", "'seq' must be a whole number");
        cases.put("{\"msg\":\"command\",\"seq\":1,\"type\":\"SetThrottle\",\"throttle\":[1]}", "must be a number, string or boolean");
        cases.put("{\"msg\":\"hello\",\"v\":1,\"gameId\":\"g1\",\"shipId\":1,\"role\":\"PILOT\",\"name\":\"A\"}", "unknown role 'PILOT'");
        cases.put("{\"msg\":\"gm\",\"seq\":1,\"action\":\"explode\"}", "unknown action 'explode'");
        cases.put("{\"msg\":\"leave\",\"now\":true}", "unknown field 'now'");
        cases.put("{\"msg\":\"ping\",\"clientTimeMs\":1,\"x\":\"" + "é".repeat(9000) + "\"}", "message too large");
        cases.forEach((text, reason) -> assertThatThrownBy(() -> codec.decode(text))
                .as(text.length() > 80 ? text.substring(0, 80) : text)
                .isInstanceOf(ProtocolException.class).hasMessageContaining(reason));
    }

    @Test void any_random_byte_string_is_either_a_message_or_a_protocol_exception() {
        long seed = 77;
        SplittableRandom random = new SplittableRandom(seed);
        String alphabet = "{}[]\":,0123456789.eE-+ abcmsgpinglevtrufalsNn\\";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = sb.toString();
            try {
                assertThat(codec.decode(text)).as("seed %d: %s", seed, text).isNotNull();
            } catch (ProtocolException e) {
                assertThat(e.reason()).as("seed %d: %s", seed, text).isNotBlank();
            }
        }
    }

    @Test void server_messages_carry_their_type_first_and_views_inline() {
        assertThat(codec.encode(new ServerMessage.Ack(4, 120))).isEqualTo("{\"msg\":\"ack\",\"seq\":4,\"tick\":120}");
        assertThat(codec.encode(new ServerMessage.Rejected(4, "no", -1))).isEqualTo("{\"msg\":\"rejected\",\"seq\":4,\"reason\":\"no\"}");
        assertThat(codec.encode(new ServerMessage.Delta(Map.of("tick", 9L)))).isEqualTo("{\"msg\":\"delta\",\"tick\":9}");
        assertThat(ProtocolCodec.clientTypes()).containsExactly("command", "gm", "hello", "leave", "ping", "resume");
        assertThat(ProtocolCodec.serverTypes()).contains("welcome", "delta", "event");
        assertThat(List.of(ProtocolVersion.CURRENT)).containsExactly(1);
    }
}
