package io.starbridge.scenario;

import java.util.List;

/** A scenario or drill file that cannot be used; the message lists every error found, one a line. */
public class ScenarioFileException extends RuntimeException {
    private final List<FileError> errors;

    public ScenarioFileException(List<FileError> errors) {
        super(String.join("\n", errors.stream().map(FileError::toString).toList()));
        if (errors.isEmpty()) throw new IllegalArgumentException("a file exception needs at least one error");
        this.errors = List.copyOf(errors);
    }

    /** Every error, in the order the file was read. */
    public List<FileError> fileErrors() { return errors; }
}
