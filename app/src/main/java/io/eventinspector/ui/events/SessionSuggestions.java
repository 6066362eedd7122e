package io.eventinspector.ui.events;

import io.eventinspector.store.EventStore;
import java.util.List;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Session ids for the session field's completion popup, by prefix from the store. The popup calls this on its
 * own background thread, never the FX thread, so it reads the store directly and blocks nothing on screen.
 */
public final class SessionSuggestions {
    private static final Logger LOG = LoggerFactory.getLogger(SessionSuggestions.class);

    private final ObservableValue<EventStore> store;

    public SessionSuggestions(ObservableValue<EventStore> store) {
        this.store = store;
    }

    /**
     * Up to {@value EventStore#MAX_SUGGESTIONS} ids starting with {@code prefix}; none for a blank prefix (an
     * emptied field should close the popup, not fill it) or when the store cannot answer: a missing suggestion is
     * not worth a notification, the filter itself still works and reports the failure.
     */
    public List<String> suggest(String prefix) {
        EventStore current = store.getValue();
        if (current == null || prefix == null || prefix.isBlank()) {
            return List.of();
        }
        try {
            List<String> ids = current.sessionIds(prefix.strip(), EventStore.MAX_SUGGESTIONS);
            // The only suggestion being what is typed already would just cover the table.
            return ids.equals(List.of(prefix.strip())) ? List.of() : ids;
        } catch (RuntimeException e) {
            LOG.warn("cannot suggest session ids for prefix {}", prefix, e);
            return List.of();
        }
    }
}
