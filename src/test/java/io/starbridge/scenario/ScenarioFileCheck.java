package io.starbridge.scenario;

import io.starbridge.drill.DrillLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test helper: checks a file the way {@code validate} does (mission or drill by its kind) and returns its errors. */
final class ScenarioFileCheck {
    static final Path RESOURCES = Path.of("src/test/resources/scenarios");
    static final Path MAIN_RESOURCES = Path.of("src/main/resources/scenarios");

    private ScenarioFileCheck() {}

    static List<FileError> errorsOf(String name, byte[] content) {
        try {
            if (ScenarioFiles.kindOf(name, content).equals("drill")) new DrillLoader(Scenarios.builtIn()).load(name, content);
            else new MissionLoader().load(name, content);
            return List.of();
        } catch (ScenarioFileException e) {
            return e.fileErrors();
        }
    }

    static List<FileError> errorsOf(Path file) {
        return errorsOf(file.getFileName().toString(), bytes(file));
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> filesIn(Path dir) {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
