package io.starbridge.drill;

import io.starbridge.scenario.FileError;
import io.starbridge.scenario.ScenarioFileException;
import java.util.List;

/** A drill file that cannot be used; the message lists every error found, one a line, as {@code FILE:LINE:COL: message}. */
public final class DrillFileException extends ScenarioFileException {
    public DrillFileException(List<FileError> errors) {
        super(errors);
    }

    /** Every error as {@code FILE:LINE:COL: message}, in the order the file was read. */
    public List<String> errors() { return fileErrors().stream().map(FileError::toString).toList(); }
}
