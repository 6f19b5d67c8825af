package io.starbridge.drill;

import java.util.List;

/** A drill file that cannot be used; the message lists every error found, one a line, each naming the file. */
public final class DrillFileException extends RuntimeException {
    private final List<String> errors;

    public DrillFileException(List<String> errors) {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() { return errors; }
}
