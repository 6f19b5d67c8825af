package io.starbridge.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.starbridge.bot.BotCrew;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.ObjectiveStatus;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.Tick;
import io.starbridge.sim.command.Command;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A mission restored from a snapshot file carries on exactly as the mission it was taken from: the
 * same commands after the snapshot give the same state hash at every second and the same outcome.
 */
class SnapshotTest {
    @TempDir Path dir;

    /** A bot-crewed run: the commands of every tick, and the state hash at every second. */
    private record Run(Map<Long, List<Command>> commands, Map<Long, Long> hashes, String outcome, long ticks) {}

    @ParameterizedTest(name = "{0} {1} seed {2}: snapshot at tick {3}")
    @CsvSource({
            "strike, -, 7, 1800",                 // mid-strike: cloaked, scanning
            "last-of-its-kind, -, 7, 36000",     // ten minutes in: interiors, away team, self-destruct state
            "battlefield, medium, 1, 1200",      // 120 AI ships fighting, torpedoes in flight
    })
    void a_restored_mission_goes_on_bit_for_bit_like_the_original(String scenario, String size, long seed, long snapshotTick)
            throws IOException {
        String sizeOrNull = size.equals("-") ? null : size;
        long endTick = snapshotTick + Tick.ofSeconds(120);
        Mission original = Scenarios.builtIn().byId(scenario).start(seed, sizeOrNull);
        List<BotCrew> bots = BotCrew.forMission(original, seed);
        Map<Long, List<Command>> commands = new TreeMap<>();
        Path file = dir.resolve("g1.snap");
        Run run = run(original, endTick, (tick, last) -> {
            List<Command> out = new ArrayList<>();
            for (BotCrew bot : bots) out.addAll(bot.act(last));
            commands.put(tick, out);
            return out;
        }, snapshotTick, () -> {
            long hash = original.world().stateHash();
            try {
                SnapshotFile.write(file, SnapshotFile.encode(new Snapshot(scenario, seed, sizeOrNull, original.world().tick(),
                        hash, original.state(), Map.of())));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        Snapshot snapshot = SnapshotFile.read(file);
        assertThat(snapshot.tick()).isEqualTo(snapshotTick);
        Mission restored = Scenarios.builtIn().byId(scenario).start(seed, sizeOrNull).restoredTo(snapshot.mission());
        assertThat(restored.world().tick()).isEqualTo(snapshotTick);
        assertThat(restored.world().stateHash()).isEqualTo(snapshot.stateHash());
        Run again = run(restored, endTick, (tick, last) -> commands.getOrDefault(tick, List.of()), -1, null);

        Map<Long, Long> after = new TreeMap<>(run.hashes());
        after.keySet().removeIf(t -> t <= snapshotTick);
        assertThat(after).hasSizeGreaterThan(60);
        assertThat(again.hashes()).isEqualTo(after);
        assertThat(again.outcome()).isEqualTo(run.outcome());
        assertThat(again.ticks()).isEqualTo(run.ticks());
    }

    private static Run run(Mission mission, long endTick, MissionRunner.CommandSource source, long snapshotTick, Runnable snapshot) {
        Map<Long, Long> hashes = new TreeMap<>();
        MissionRunner.Result result = new MissionRunner(mission, source).onEvents((tick, events) -> {
            if (tick % Tick.HZ == 0) hashes.put(tick, mission.world().stateHash());
            if (tick == snapshotTick) snapshot.run();
        }).run(endTick, false);
        return new Run(Map.of(), hashes, result.outcome(), result.ticks());
    }

    @Test void the_objectives_done_before_a_snapshot_stay_done_after_the_restore_and_go_on_alike() throws IOException {
        long seed = 7, snapshotTick = 2_400; // strike, seed 7: dropped, cloaked, scanned and released by then
        Mission original = Scenarios.builtIn().byId("strike").start(seed, null);
        BotCrew bot = BotCrew.forMission(original, seed).get(0);
        Map<Long, List<Command>> commands = new TreeMap<>();
        Path file = dir.resolve("objectives.snap");
        MissionRunner.Result result = new MissionRunner(original, (tick, last) -> {
            List<Command> out = bot.act(last);
            commands.put(tick, out);
            return out;
        }).onEvents((tick, events) -> {
            if (tick != snapshotTick) return;
            try {
                SnapshotFile.write(file, SnapshotFile.encode(new Snapshot("strike", seed, null, tick, original.world().stateHash(),
                        original.state(), Map.of())));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).run(snapshotTick + Tick.ofSeconds(60), true);

        Mission restored = Scenarios.builtIn().byId("strike").start(seed, null).restoredTo(SnapshotFile.read(file).mission());
        assertThat(restored.objectives()).filteredOn(ObjectiveStatus::done).extracting(ObjectiveStatus::id)
                .containsExactly("jump", "cloak", "scan", "release");
        new MissionRunner(restored, (tick, last) -> commands.getOrDefault(tick, List.of())).run(result.ticks(), true);

        assertThat(result.outcome()).isEqualTo("derelict");
        assertThat(restored.outcome()).isEqualTo("derelict");
        assertThat(restored.objectives()).isEqualTo(original.objectives());
    }

    @Test void a_snapshot_that_names_a_class_outside_starbridge_and_the_jdk_values_is_refused() throws IOException {
        Path file = dir.resolve("evil.snap");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(SnapshotFile.MAGIC);
            ObjectOutputStream objects = new ObjectOutputStream(out);
            objects.writeObject(new java.util.concurrent.atomic.AtomicLong(7)); // java.util.concurrent: not admitted
            objects.flush();
        }
        assertThatThrownBy(() -> SnapshotFile.read(file)).isInstanceOf(IOException.class).hasMessageContaining("refused");
    }

    @Test void a_file_that_is_not_a_snapshot_or_is_cut_short_is_refused_with_a_reason() throws IOException {
        Path notOne = dir.resolve("journal.snap");
        Files.writeString(notOne, "{\"format\":\"starbridge-journal\"}\n");
        assertThatThrownBy(() -> SnapshotFile.read(notOne)).isInstanceOf(IOException.class).hasMessageContaining("not a Starbridge snapshot");

        Mission mission = Scenarios.builtIn().byId("strike").start(3, null);
        byte[] whole = SnapshotFile.encode(new Snapshot("strike", 3, null, 0, mission.world().stateHash(), mission.state(),
                Map.<String, Serializable>of()));
        Path cut = dir.resolve("cut.snap");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> SnapshotFile.read(cut)).isInstanceOf(IOException.class);
        Path ok = dir.resolve("ok.snap");
        SnapshotFile.write(ok, whole);
        assertThat(SnapshotFile.read(ok).scenario()).isEqualTo("strike");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).doesNotContain("ok.snap.tmp");
    }
}
