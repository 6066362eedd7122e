package io.eventinspector.ui.connection;

import io.eventinspector.Services;
import io.eventinspector.config.AppConfig;
import io.eventinspector.store.Database;
import io.eventinspector.store.EventStore;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.ui.Notifications;
import io.eventinspector.ui.TaskExecutor;
import io.eventinspector.ui.UiPreferences;
import java.time.Clock;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The store the window shows. Opening happens off the UI thread, so switching never freezes the window; when
 * two opens race, the newer wins and the older database is closed as soon as it arrives.
 */
public final class ActiveStore implements AutoCloseable {
    private final AppConfig config;
    private final Clock clock;
    private final TaskExecutor executor;
    private final Notifications notifications;
    private final UiPreferences preferences;
    private final Function<StoreUrl, Database> opener;
    private final ReadOnlyObjectWrapper<Services> services = new ReadOnlyObjectWrapper<>(this, "services");
    private final ReadOnlyObjectWrapper<EventStore> events = new ReadOnlyObjectWrapper<>(this, "events");
    private final ReadOnlyObjectWrapper<StoreUrl> opening = new ReadOnlyObjectWrapper<>(this, "opening");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private long generation;

    public ActiveStore(AppConfig config, Clock clock, TaskExecutor executor, Notifications notifications,
                       UiPreferences preferences, Function<StoreUrl, Database> opener) {
        this.config = config;
        this.clock = clock;
        this.executor = executor;
        this.notifications = notifications;
        this.preferences = preferences;
        this.opener = opener;
        busy.bind(opening.isNotNull());
    }

    /** Opens {@code url} in the background and switches to it; a failure is a notification with a retry. */
    public void open(StoreUrl url) {
        long mine = ++generation;
        opening.set(url);
        executor.submit(() -> opener.apply(url), database -> {
            if (mine != generation) {
                executor.submit(() -> close(database), ignored -> { }, ignored -> { });
                return;
            }
            opening.set(null);
            Services previous = services.get();
            services.set(new Services(config, database, clock));
            events.set(database.events());
            preferences.addRecentStore(url.jdbcUrl());
            notifications.dismiss();
            if (previous != null) {
                executor.submit(() -> close(previous), ignored -> { }, ignored -> { });
            }
        }, error -> {
            if (mine == generation) {
                opening.set(null);
                notifications.failure("Cannot open " + url.redacted(), error, () -> open(url));
            }
        });
    }

    private static Void close(AutoCloseable resource) throws Exception {
        resource.close();
        return null;
    }

    public ReadOnlyObjectProperty<Services> servicesProperty() {
        return services.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EventStore> eventsProperty() {
        return events.getReadOnlyProperty();
    }

    /** True while a store is being opened. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while the open store refuses writes: a gateway's own database, opened read-only. */
    public BooleanBinding readOnlyProperty() {
        return Bindings.createBooleanBinding(() -> events.get() != null && events.get().info().readOnly(), events);
    }

    /** {@code Event Inspector — events.db (SQLite)}, or what is being opened. */
    public StringExpression titleProperty() {
        return Bindings.createStringBinding(() -> {
            if (opening.get() != null) {
                return "Event Inspector — opening " + opening.get().shortName() + "…";
            }
            EventStore store = events.get();
            return store == null ? "Event Inspector" : "Event Inspector — " + store.info().displayName();
        }, opening, events);
    }

    @Override
    public void close() {
        if (services.get() != null) {
            services.get().close();
        }
    }
}
