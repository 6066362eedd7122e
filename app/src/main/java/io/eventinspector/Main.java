package io.eventinspector;

import io.eventinspector.cli.Cli;
import io.eventinspector.ui.shell.DesktopApp;
import java.util.Optional;

/**
 * Entry point: the desktop window without arguments, otherwise a CLI command ({@code gui} opens the window too).
 * It does not extend {@code Application}, so the shaded jar starts JavaFX from the plain classpath.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DesktopApp.launchWith(Optional.empty());
            return;
        }
        System.exit(Cli.run(args));
    }
}
