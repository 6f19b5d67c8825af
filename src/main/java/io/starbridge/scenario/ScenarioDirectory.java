package io.starbridge.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The scenario files a server offers beside its built-in ones ({@code DATA/scenarios/}): only regular
 * files directly in the directory named like {@code my-mission.yaml} (see {@link ScenarioFiles#NAME_PATTERN}),
 * so nothing outside it is ever read. A bad file is reported with every error and skipped; the rest load.
 *
 * @param missions the good mission files, by name
 * @param drills   the drill files (kind: drill), for the drill loader, which needs the missions first
 */
public record ScenarioDirectory(List<FileScenario> missions, List<Path> drills) {
    /**
     * @param known    scenarios already offered: a file may not take one of their ids
     * @param problems receives one line per skipped file and per error in it
     */
    public static ScenarioDirectory scan(Path dir, Scenarios known, Consumer<String> problems) {
        List<FileScenario> missions = new ArrayList<>();
        List<Path> drills = new ArrayList<>();
        List<Path> files;
        try {
            files = ScenarioFiles.listDirectory(dir);
        } catch (IOException e) {
            problems.accept(dir + ": cannot list scenario files: " + e.getMessage());
            return new ScenarioDirectory(missions, drills);
        }
        List<String> ids = new ArrayList<>();
        for (Path file : files) {
            String name = file.toString();
            try {
                byte[] content = ScenarioFiles.read(file);
                if (ScenarioFiles.kindOf(name, content).equals("drill")) {
                    drills.add(file);
                    continue;
                }
                FileScenario mission = ScenarioFiles.loadMission(name, content);
                if (known.has(mission.id()) || ids.contains(mission.id())) {
                    problems.accept(name + ": skipped: the scenario id '" + mission.id() + "' is taken");
                    continue;
                }
                ids.add(mission.id());
                missions.add(mission);
            } catch (ScenarioFileException e) {
                problems.accept(name + ": skipped, " + e.fileErrors().size() + " error(s):");
                e.fileErrors().forEach(err -> problems.accept("  " + err));
            } catch (IOException e) {
                problems.accept(name + ": skipped: cannot read: " + e.getMessage());
            } catch (RuntimeException e) {
                // a check the loader lacks must not keep the server, or the other files, from starting
                problems.accept(name + ": skipped: the loader failed on it (please report): " + e);
            }
        }
        return new ScenarioDirectory(List.copyOf(missions), List.copyOf(drills));
    }
}
