package io.eventinspector.ui.fx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/** Loads an FXML view from {@code /fxml/} with controllers made by the composition root (constructor injection). */
public final class ViewLoader {
    private final Callback<Class<?>, Object> controllers;

    public ViewLoader(Callback<Class<?>, Object> controllers) {
        this.controllers = controllers;
    }

    /** A loaded view: its root node and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }

    public <C> Loaded<C> load(String fxml) {
        return load(fxml, controllers);
    }

    /** Loads a view whose controller was made by the caller (a dialog with a fresh view model of its own). */
    public <C> Loaded<C> load(String fxml, C controller) {
        return load(fxml, type -> type.isInstance(controller) ? controller : controllers.call(type));
    }

    private <C> Loaded<C> load(String fxml, Callback<Class<?>, Object> factory) {
        URL location = ViewLoader.class.getResource("/fxml/" + fxml);
        if (location == null) {
            throw new IllegalStateException("missing view /fxml/" + fxml + " on the classpath");
        }
        FXMLLoader loader = new FXMLLoader(location);
        loader.setControllerFactory(factory);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + fxml, e);
        }
    }
}
