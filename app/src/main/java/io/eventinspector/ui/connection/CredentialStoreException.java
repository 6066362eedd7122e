package io.eventinspector.ui.connection;

/** A password could not be remembered; the message is for people and never holds the password. */
public final class CredentialStoreException extends RuntimeException {
    public CredentialStoreException(String message) {
        super(message);
    }
}
