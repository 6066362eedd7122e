package io.eventinspector;

import io.eventinspector.cli.Cli;

/** Entry point: a CLI command when given arguments. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args.length == 0 ? new String[] {"--help"} : args));
    }
}
