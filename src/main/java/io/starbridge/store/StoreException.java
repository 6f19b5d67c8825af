package io.starbridge.store;

/** The store could not be opened, migrated, read or written; the message names the operation. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) { super(message, cause); }
}
