package io.eventinspector.cli;

import io.eventinspector.ui.shell.DesktopApp;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "gui", description = "Opens the desktop inspector (also what running without arguments does).")
final class GuiCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        DesktopApp.launchWith(Optional.ofNullable(store.db));
        return ExitCodes.OK;
    }
}
