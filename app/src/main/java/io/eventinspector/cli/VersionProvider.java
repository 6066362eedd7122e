package io.eventinspector.cli;

import io.eventinspector.config.AppVersion;
import picocli.CommandLine.IVersionProvider;

public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"event-inspector " + AppVersion.current()};
    }
}
