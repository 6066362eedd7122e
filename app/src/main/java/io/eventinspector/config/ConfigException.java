package io.eventinspector.config;

/** A bad setting: the message names the variable (or flag), the bad value and what is expected. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
