package io.starbridge.scenario;

/**
 * One problem in a scenario or drill file, at a place a person can go to.
 *
 * @param file    the name the file was loaded under (a path, or a class-path resource)
 * @param line    1-based line, 1 for problems of the whole file
 * @param column  1-based column, 1 for problems of the whole file
 * @param message what is wrong and what was expected instead
 */
public record FileError(String file, int line, int column, String message) {
    /** {@code FILE:LINE:COL: message}, the form editors and compilers use. */
    @Override public String toString() { return file + ":" + line + ":" + column + ": " + message; }
}
