package io.eventinspector.ui.shell;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.ui.events.EventTableViewModel;
import io.eventinspector.ui.events.FilterViewModel;
import io.eventinspector.ui.trace.StepSelector;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;

/**
 * Clicking a step of a trace selects its event in the table. When the table shows it under the current filter it
 * is selected at once; otherwise the filter becomes the message's (its session and a search for its id, what
 * "Same message" shows: every event of the message, oldest receipt to newest) and the event is selected when that
 * page arrives. A support engineer clicking "delivered" wants that receipt and its neighbours in front of them,
 * not an empty selection under a filter that hides it.
 */
public final class EventSelection implements StepSelector {
    private final FilterViewModel filter;
    private final EventTableViewModel table;
    private Consumer<Event> onSelect = event -> { };
    /** The event to select once the table shows it. */
    private String pending;
    /** The filter set to find {@link #pending}; once its rows are shown without the event, it is given up. */
    private EventQuery narrowed;

    /** True while this class narrows the filter itself. */
    private boolean narrowing;

    public EventSelection(FilterViewModel filter, EventTableViewModel table) {
        this.filter = filter;
        this.table = table;
        table.rows().addListener((ListChangeListener<Event>) change -> rowsChanged());
        // The user set another filter before the narrowed one showed the event: that click is forgotten, so the
        // row is not selected by surprise when it turns up later.
        filter.queryProperty().addListener((observable, before, now) -> {
            if (!narrowing) {
                pending = null;
            }
        });
    }

    /**
     * Selects the event when the table shows it, and never changes the filter: for the delivery health window,
     * which follows the filter and would otherwise measure that one message instead.
     */
    public StepSelector withoutNarrowing() {
        return (eventId, sessionId, messageId) -> {
            pending = eventId;
            narrowed = null;
            if (!selectPending()) {
                pending = null;
            }
        };
    }

    /** What selects a row in the table view (the main window). */
    public void setOnSelect(Consumer<Event> onSelect) {
        this.onSelect = onSelect;
    }

    @Override
    public void select(String eventId, String sessionId, String messageId) {
        pending = eventId;
        narrowed = null;
        if (!selectPending()) {
            narrowing = true;
            try {
                filter.showMessage(sessionId, messageId);
            } finally {
                narrowing = false;
            }
            narrowed = filter.queryProperty().get();
        }
    }

    private void rowsChanged() {
        if (pending != null && !selectPending() && narrowed != null && table.shownQuery()
                .filter(shown -> shown.withLimit(EventQuery.DEFAULT_LIMIT).equals(
                        narrowed.withLimit(EventQuery.DEFAULT_LIMIT)))
                .isPresent()) {
            pending = null;
        }
    }

    private boolean selectPending() {
        for (Event row : table.rows()) {
            if (row.id().equals(pending)) {
                pending = null;
                onSelect.accept(row);
                return true;
            }
        }
        return false;
    }
}
