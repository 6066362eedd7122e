package io.eventinspector.ui.replay;

import io.eventinspector.Services;
import io.eventinspector.config.AppConfig;
import io.eventinspector.config.Env;
import io.eventinspector.event.Event;
import io.eventinspector.ui.SqliteViewModelTestBase;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The common ground of the replay view-model tests: the store holding {@link #storedEvents()}, the services over
 * it as the window hands them to the replay dialog and history, and a webhook receiver to replay to.
 */
abstract class ReplayViewModelTestBase extends SqliteViewModelTestBase {
    final SimpleObjectProperty<Services> services = new SimpleObjectProperty<>();
    WebhookReceiver receiver;

    /** The events in the store when each test starts. */
    abstract List<Event> storedEvents();

    /** The receiver for each test: by default it answers 200 to every request. */
    WebhookReceiver newReceiver() throws IOException {
        return new WebhookReceiver();
    }

    @BeforeEach
    void startServicesAndReceiver() throws IOException {
        database.events().append(storedEvents());
        services.set(new Services(new AppConfig(new Env(Map.of())), database, Clock.systemUTC()));
        receiver = newReceiver();
    }

    @AfterEach
    void closeReceiver() {
        receiver.close();
    }
}
