package io.eventinspector.ui.server;

import io.eventinspector.ui.MainWindowUiTestBase;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.ui.DemoStores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Tools menu in the real window, headless: the retention dialog, and the API server started and stopped. */
class ToolsMenuUiTest extends MainWindowUiTestBase {
    @Test
    void retention_dialog_validates_and_the_api_server_starts_and_stops(FxRobot robot) throws Exception {
        var url = DemoStores.create(folder.resolve("tools-" + UUID.randomUUID() + ".db"), 200, 2, 1);
        robot.interact(() -> context.store().open(url));
        Label retention = robot.lookup("#retentionStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> retention.getText().startsWith("retention "));

        robot.clickOn("Tools").clickOn("Retention…");
        TextField days = robot.lookup("#retentionDays").queryAs(TextField.class);
        robot.interact(() -> days.setText("forever"));
        assertThat(robot.lookup("invalid WHATSAPP_EVENTS_RETENTION_DAYS=forever: expected a whole number from 0 to "
                + "36500").tryQuery()).isPresent();
        robot.clickOn("Close");

        robot.clickOn("Tools").clickOn("Start API server…");
        robot.interact(() -> robot.lookup("#apiPort").queryAs(TextField.class).setText("0"));
        // No keys are configured: the dialog shows the key made for this start, and copies it.
        String key = robot.lookup("#apiKey").queryAs(TextField.class).getText();
        assertThat(key).matches("[A-Za-z0-9_-]{43}");
        assertThat(robot.lookup("#apiCurl").queryAs(TextField.class).getText())
                .isEqualTo("curl -H \"X-API-Key: " + key + "\" http://127.0.0.1:0/api/events");
        robot.clickOn("#copyApiKey");
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get())
                .isEqualTo(key);
        robot.clickOn("Start");
        Label api = robot.lookup("#apiStatus").queryAs(Label.class);
        // The label shows once the server runs, its port a moment later: wait for both.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> api.isVisible() && !api.getText().isEmpty());
        assertThat(api.getText()).matches("API :\\d+");
        URI events = URI.create("http://127.0.0.1:" + api.getText().substring("API :".length()) + "/api/events");
        HttpClient http = HttpClient.newHttpClient();
        assertThat(http.send(HttpRequest.newBuilder(events).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(401);
        assertThat(http.send(HttpRequest.newBuilder(events).header("X-API-Key", key).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        // Once the dialog is closed, the key of this start can still be copied while the server runs.
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.clickOn("Tools").clickOn("Copy API key");
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get())
                .isEqualTo(key);

        robot.clickOn("Tools").clickOn("Stop API server");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !api.isVisible());
    }
}
