package io.eventinspector.ui.retention;

import io.eventinspector.config.Env;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One retention setting in the form: the text the user edits, parsed by the same code (and so with the same
 * message) as its environment variable. When that variable is set it wins over anything saved, so the field
 * is locked and says which variable set it.
 */
final class SettingField<T> {
    private final String variable;
    private final Function<String, T> parse;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
    private final ReadOnlyStringWrapper lockHint = new ReadOnlyStringWrapper(this, "lockHint", "");

    /** {@code parse} throws a {@link io.eventinspector.config.ConfigException} naming {@code variable}. */
    SettingField(String variable, Function<String, T> parse) {
        this.variable = variable;
        this.parse = parse;
        text.addListener((observable, old, now) -> value());
    }

    /** Shows {@code value}; locks the field when {@code env} sets its variable. */
    void show(String value, Env env) {
        boolean fromEnv = env.get(variable).isPresent();
        locked.set(fromEnv);
        lockHint.set(fromEnv ? "set by " + variable : "");
        text.set(value);
    }

    /** The parsed value, or empty with {@link #errorProperty()} saying why. */
    Optional<T> value() {
        try {
            T parsed = parse.apply(text.get());
            error.set("");
            return Optional.of(parsed);
        } catch (RuntimeException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    boolean isLocked() {
        return locked.get();
    }

    StringProperty textProperty() {
        return text;
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    ReadOnlyStringProperty lockHintProperty() {
        return lockHint.getReadOnlyProperty();
    }
}
