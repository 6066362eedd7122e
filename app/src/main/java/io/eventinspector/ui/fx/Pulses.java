package io.eventinspector.ui.fx;

import javafx.scene.Scene;

/** Work timed by JavaFX's pulses. */
public final class Pulses {
    private Pulses() {
    }

    /** Runs {@code action} once, right after the next pulse's layout; that pulse's frame is rendered next. */
    public static void afterNextLayout(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
