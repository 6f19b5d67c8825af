package io.starbridge.scenario;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects the errors of reading one file, so that one run of the loader reports all of them. */
public final class FileErrors {
    /** More errors than anyone reads; past this the file is hopeless and the rest are dropped. */
    public static final int MAX_ERRORS = 100;
    private final List<FileError> errors = new ArrayList<>();

    public void add(String file, int line, int column, String message) {
        if (errors.size() < MAX_ERRORS) errors.add(new FileError(file, line, column, message));
        else if (errors.size() == MAX_ERRORS)
            errors.add(new FileError(file, line, column, "more than " + MAX_ERRORS + " errors; the rest are not reported"));
    }

    /** An error at the start of a node (1-based line and column). */
    public void at(String file, Node node, String message) {
        add(file, node.getStartMark(), message);
    }

    void at(String file, Event event, String message) {
        add(file, event.getStartMark(), message);
    }

    private void add(String file, java.util.Optional<Mark> mark, String message) {
        Mark m = mark.orElse(null);
        add(file, m == null ? 1 : m.getLine() + 1, m == null ? 1 : m.getColumn() + 1, message);
    }

    public int size() { return errors.size(); }
    public boolean isEmpty() { return errors.isEmpty(); }
    public List<FileError> all() { return List.copyOf(errors); }

    /** @throws ScenarioFileException if any error was collected */
    public void throwIfAny() {
        if (!errors.isEmpty()) throw new ScenarioFileException(errors);
    }
}
