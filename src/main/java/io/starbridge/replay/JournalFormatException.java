package io.starbridge.replay;

/** A journal file that cannot be read; the message names the line and what is wrong. */
public final class JournalFormatException extends RuntimeException {
    public JournalFormatException(String message) { super(message); }
}
