package io.eventinspector.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version from the pom, filtered into {@code version.properties} at build time. */
public final class AppVersion {
    private static final String VERSION = load();

    private AppVersion() {
    }

    public static String current() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
