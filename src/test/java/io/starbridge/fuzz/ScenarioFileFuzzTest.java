package io.starbridge.fuzz;

import static org.assertj.core.api.Assertions.fail;

import io.starbridge.drill.DrillLoader;
import io.starbridge.scenario.FileScenario;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.ScenarioFileException;
import io.starbridge.scenario.ScenarioFiles;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.SimRandom;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Loading never trusts the file": good mission and drill files, mutated line by line (values swapped for
 * hostile ones, lines dropped, doubled, moved, bytes flipped), must either load or be refused with a
 * {@link ScenarioFileException} — never any other exception — and a mutant that loads must start and
 * run its first simulated seconds. Budget and seed: {@link FuzzBudget} ({@code -Dfuzz.inputs=N -Dfuzz.seed=S}).
 */
class ScenarioFileFuzzTest {
    private static final List<String> MISSIONS = List.of("/scenarios/missions/strike.yaml",
            "/scenarios/missions/last-of-its-kind.yaml", "/scenarios/good/custom-hulls.yaml",
            "/scenarios/good/frigate-decks.yaml", "/scenarios/good/objectives.yaml", "/scenarios/good/patrol-cloak.yaml",
            "/scenarios/good/patrol.yaml", "/scenarios/good/timed-ambush.yaml");
    private static final List<String> DRILLS = List.of("/scenarios/drills/boarding.yaml",
            "/scenarios/drills/critical-strike.yaml", "/scenarios/drills/drop-and-cloak.yaml",
            "/scenarios/drills/self-destruct-evac.yaml");
    /** Values a careless or hostile author might put where a value goes. */
    private static final List<String> HOSTILE_VALUES = List.of("0", "-1", "1", "1e308", "-1e308", "1e-320", "4294967296",
            "9223372036854775808", ".nan", ".inf", "0x10", "null", "~", "''", "\"\"", "[]", "{}", "[0]", "[0, 0, 0, 0]",
            "true", "yes", "x", "reactor", "vigil", "mothership", "corvette", "bridge", "airlock", "player", "enemy",
            "\"a\\u0000b\"", "!!binary AAAA", "&a x", "*a", "[1e9, -1e9]", "{x: 0, y: 0}", "{distance: 0, bearing: 0}",
            "[-5000, -5000, 5000, 5000]", "3600", "86400", "86401", "1000000000", "-1000000000");

    @Test void mutated_files_load_or_are_refused_with_file_errors_and_loaded_ones_run() throws IOException {
        List<String> sources = new ArrayList<>();
        for (String r : MISSIONS) sources.add(resource(r));
        for (String r : DRILLS) sources.add(resource(r));
        long seed = FuzzBudget.seed();
        SimRandom random = new SimRandom(seed);
        int inputs = FuzzBudget.inputs(1000), loaded = 0;
        DrillLoader drills = new DrillLoader(Scenarios.builtIn());
        for (int i = 0; i < inputs; i++) {
            int which = random.nextInt(sources.size());
            String mutant = mutate(sources.get(which), random);
            boolean drill = which >= MISSIONS.size();
            try {
                if (drill) {
                    drills.load("fuzz.yaml", mutant.getBytes(StandardCharsets.UTF_8));
                } else {
                    FileScenario scenario = ScenarioFiles.loadMission("fuzz.yaml", mutant.getBytes(StandardCharsets.UTF_8));
                    Mission mission = scenario.start(i, null);
                    for (int t = 0; t < 60; t++) mission.step(List.of());
                }
                loaded++;
            } catch (ScenarioFileException expected) {
                // refused with its errors: what a bad file should get
            } catch (RuntimeException | StackOverflowError e) {
                fail("input " + i + " (seed " + seed + ", from " + (drill ? DRILLS.get(which - MISSIONS.size()) : MISSIONS.get(which))
                        + ") threw " + e + " instead of a file error; the file:\n" + mutant, e);
            }
        }
        System.out.println("scenario file fuzz: " + loaded + " of " + inputs + " mutants loaded, the rest refused with file errors");
        // the mutations are small: a fair share of mutants must still load, or they test only the first check
        if (loaded < inputs / 20) fail("only " + loaded + " of " + inputs + " mutants loaded: the mutations are too coarse");
    }

    /** One to three line-level mutations of a YAML file. */
    private static String mutate(String source, SimRandom random) {
        List<String> lines = new ArrayList<>(List.of(source.split("\n", -1)));
        int count = 1 + random.nextInt(3);
        for (int m = 0; m < count && !lines.isEmpty(); m++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(6)) {
                case 0, 1, 2 -> lines.set(at, replaceAValue(line, random));
                case 3 -> lines.remove(at);
                case 4 -> lines.add(at, line);
                default -> {
                    if (line.isEmpty()) break;
                    char[] chars = line.toCharArray();
                    String noise = "{}[]:,-#&*!|>'\"\t 0";
                    chars[random.nextInt(chars.length)] = noise.charAt(random.nextInt(noise.length()));
                    lines.set(at, new String(chars));
                }
            }
        }
        return String.join("\n", lines);
    }

    /** Replaces the value after one of the line's "key: " (or a list item's "- ") by a hostile value. */
    private static String replaceAValue(String line, SimRandom random) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i + 1 < line.length(); i++)
            if ((line.charAt(i) == ':' || line.charAt(i) == '-') && line.charAt(i + 1) == ' ') starts.add(i + 2);
        if (starts.isEmpty()) return line;
        int from = starts.get(random.nextInt(starts.size()));
        int to = from;
        int depth = 0;
        while (to < line.length()) { // to the end of this value: a comma or closing bracket at its own depth
            char c = line.charAt(to);
            if (c == '[' || c == '{') depth++;
            else if ((c == ']' || c == '}') && depth-- == 0) break;
            else if (c == ',' && depth == 0) break;
            else if (c == '#' && depth == 0) break;
            to++;
        }
        String value = HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size()));
        return line.substring(0, from) + value + (to < line.length() && line.charAt(to) == '#' ? " " : "") + line.substring(to);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ScenarioFileFuzzTest.class.getResourceAsStream(path)) {
            if (in == null) throw new IOException("no resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
