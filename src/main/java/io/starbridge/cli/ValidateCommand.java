package io.starbridge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.starbridge.drill.DrillLoader;
import io.starbridge.scenario.FileError;
import io.starbridge.scenario.ScenarioFileException;
import io.starbridge.scenario.ScenarioFiles;
import io.starbridge.scenario.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code validate FILE}: checks a mission or drill file (docs/scenario-format.md, docs/drills.md) without
 * running it. Exit 0 and one "OK" line for a good file; exit 1 and every error as
 * {@code FILE:LINE:COL: message (expected …)}; exit 2 when the file is missing or cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a scenario file (mission or drill): every error with file, line and column; exit 1 if any, 2 if unreadable.")
final class ValidateCommand implements Callable<Integer> {
    static final int INVALID = 1, UNREADABLE = 2;

    @Parameters(index = "0", description = "A mission or drill .yaml file.")
    Path file;

    @Option(names = "--json", description = "Print {\"file\", \"valid\", \"kind\", \"errors\": [{line, column, message}]}.")
    boolean json;

    @Override public Integer call() throws IOException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            System.err.println("validate: " + file + ": " + (Files.exists(file) ? "not a readable file" : "no such file"));
            return UNREADABLE;
        }
        byte[] content;
        try {
            content = ScenarioFiles.read(file);
        } catch (IOException e) {
            System.err.println("validate: " + file + ": cannot read: " + e.getMessage());
            return UNREADABLE;
        }
        String name = file.toString();
        String kind = null;
        List<FileError> errors = List.of();
        try {
            kind = ScenarioFiles.kindOf(name, content);
            // drills refer to missions by id: the built-in ones are the ones a drill file can name here
            if (kind.equals("drill")) new DrillLoader(Scenarios.builtIn()).load(name, content);
            else ScenarioFiles.loadMission(name, content);
        } catch (ScenarioFileException e) {
            errors = e.fileErrors();
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", name);
            out.put("valid", errors.isEmpty());
            out.put("kind", kind);
            out.put("errors", errors.stream().map(ValidateCommand::asJson).toList());
            System.out.println(new ObjectMapper().writeValueAsString(out));
        } else if (errors.isEmpty()) {
            System.out.println(name + ": OK (" + kind + ")");
        } else {
            for (FileError e : errors) System.out.println(e);
        }
        return errors.isEmpty() ? 0 : INVALID;
    }

    private static Map<String, Object> asJson(FileError e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", e.line());
        m.put("column", e.column());
        m.put("message", e.message());
        return m;
    }
}
