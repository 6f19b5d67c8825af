package io.starbridge.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.sim.command.Command;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandFieldNamesTest {
    /** Keys the codec writes for the origin and type beside a command's own fields. */
    static final Set<String> RESERVED = Set.of("type", "shipId", "role", "member", "seq");

    @Test
    void no_command_field_shares_a_name_with_the_codecs_origin_keys() {
        for (Class<?> type : Command.class.getPermittedSubclasses())
            for (RecordComponent rc : type.getRecordComponents())
                assertThat(RESERVED).as(type.getSimpleName() + "." + rc.getName()).doesNotContain(rc.getName());
    }
}
