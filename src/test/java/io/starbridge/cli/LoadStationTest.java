package io.starbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.protocol.ProtocolCodec;
import io.starbridge.protocol.ServerMessage;
import org.junit.jupiter.api.Test;

class LoadStationTest {
    @Test void an_error_frame_starts_the_way_the_load_generator_looks_for_it() {
        String frame = new ProtocolCodec().encode(new ServerMessage.Error("no game 'x'"));
        assertThat(frame).startsWith(LoadStation.ERROR_PREFIX);
    }
}
