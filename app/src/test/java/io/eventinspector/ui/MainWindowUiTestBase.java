package io.eventinspector.ui;

import io.eventinspector.ui.shell.AppContext;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;

/**
 * The one set-up of the TestFX tests that drive the real main window: the real window ({@link TestWindow}) shown
 * before each test and closed after it, and a folder for the test's stores.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class MainWindowUiTestBase {
    static {
        // The shared build machine can be very busy; starting the toolkit there may take longer than the default.
        System.setProperty("testfx.setup.timeout", "180000");
    }

    @TempDir
    protected static Path folder;

    protected final TestWindow window = new TestWindow();
    protected AppContext context;

    // ApplicationExtension only calls the @Start methods a test class declares itself, so the window is shown here,
    // on the stage the extension registered, after the extension has set up its (empty) application.
    @BeforeEach
    void showWindow() throws Exception {
        FxToolkit.setupStage(stage -> context = window.show(stage));
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }
}
