package io.eventinspector.ui.events;

import io.eventinspector.ui.fx.TimeInput;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.QueryString;
import io.eventinspector.event.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The filter bar's state. Every edit is validated at once: a valid filter becomes the new {@link #queryProperty()}
 * (and its {@code GET /api/events} URL); an invalid one leaves the last valid query in place and shows the
 * error, naming the field.
 */
public final class FilterViewModel {
    /** The quick ranges offered next to since/until; {@code ALL} clears both. */
    public enum QuickRange {
        MINUTES_15("15 m", Duration.ofMinutes(15)), HOUR_1("1 h", Duration.ofHours(1)),
        HOURS_24("24 h", Duration.ofHours(24)), DAYS_7("7 d", Duration.ofDays(7)), ALL("all", Duration.ZERO);

        private final String label;
        private final Duration length;

        QuickRange(String label, Duration length) {
            this.label = label;
            this.length = length;
        }

        public String label() {
            return label;
        }
    }

    private final Clock clock;
    private final StringProperty sessionId = new SimpleStringProperty(this, "sessionId", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty since = new SimpleStringProperty(this, "since", "");
    private final StringProperty until = new SimpleStringProperty(this, "until", "");
    private final ObservableList<String> selectedTypes = FXCollections.observableArrayList();
    private final ObservableMap<String, Long> typeCounts = FXCollections.observableMap(new TreeMap<>());
    private final ReadOnlyObjectWrapper<EventQuery> query = new ReadOnlyObjectWrapper<>(this, "query",
            EventQuery.all());
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper apiUrl = new ReadOnlyStringWrapper(this, "apiUrl", "GET /api/events");

    public FilterViewModel(Clock clock) {
        this.clock = clock;
        for (Observable input : List.<Observable>of(sessionId, text, since, until, selectedTypes)) {
            input.addListener(changed -> rebuild());
        }
    }

    private void rebuild() {
        try {
            EventQuery built = EventQuery.builder()
                    .sessionId(sessionId.get().strip())
                    .types(List.copyOf(selectedTypes))
                    .since(TimeInput.parse("since", since.get()).orElse(null))
                    .until(TimeInput.parse("until", until.get()).orElse(null))
                    .text(text.get())
                    .build();
            error.set("");
            query.set(built);
            apiUrl.set(apiUrlOf(built));
        } catch (ValidationException e) {
            error.set(e.getMessage());
        }
    }

    /** The HTTP API request that returns the same events, e.g. {@code GET /api/events?event_type=message.sent}. */
    static String apiUrlOf(EventQuery query) {
        String parameters = QueryString.write(query);
        return "GET /api/events" + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    public void applyQuickRange(QuickRange range) {
        if (range == QuickRange.ALL) {
            since.set("");
        } else {
            since.set(TimeInput.format(clock.instant().minus(range.length)));
        }
        until.set("");
    }

    public void clear() {
        sessionId.set("");
        text.set("");
        since.set("");
        until.set("");
        selectedTypes.clear();
    }

    /** Narrows since/until (both inclusive) to a time range, e.g. a bar of the volume chart. */
    public void showRange(Instant from, Instant to) {
        since.set(TimeInput.formatExact(from));
        until.set(TimeInput.formatExact(to));
    }

    /** Narrows the filter to one session, e.g. from the detail pane's "same session" link. */
    public void showSession(String session) {
        sessionId.set(session);
    }

    /**
     * The events of one message: its session, and a payload search for its id (sent, delivered, read and reactions
     * all carry it), with the types and time range cleared so none of them is hidden.
     */
    public void showMessage(String session, String messageId) {
        clear();
        sessionId.set(session);
        text.set(messageId);
    }

    public StringProperty sessionIdProperty() {
        return sessionId;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty sinceProperty() {
        return since;
    }

    public StringProperty untilProperty() {
        return until;
    }

    public ObservableList<String> selectedTypes() {
        return selectedTypes;
    }

    /** Known types of the open store with their counts, for the type picker. */
    public ObservableMap<String, Long> typeCounts() {
        return typeCounts;
    }

    public ReadOnlyObjectProperty<EventQuery> queryProperty() {
        return query.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty apiUrlProperty() {
        return apiUrl.getReadOnlyProperty();
    }
}
