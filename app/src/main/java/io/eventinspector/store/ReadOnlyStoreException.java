package io.eventinspector.store;

/** A write refused before any SQL ran, because the store is a gateway's own database. */
public final class ReadOnlyStoreException extends StoreException {
    public ReadOnlyStoreException(String message) {
        super(message);
    }
}
