package io.eventinspector.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import java.io.IOException;

/**
 * The mapper responses are written with: snake_case field names (as in the spec: {@code session_id},
 * {@code next_cursor}, {@code events_found}) and events in their wire form with {@code data} as raw JSON.
 */
final class ApiJson {
    private ApiJson() {
    }

    static ObjectMapper mapper() {
        SimpleModule events = new SimpleModule("events").addSerializer(Event.class, new EventSerializer());
        return EventJson.mapper().copy()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .registerModule(events);
    }

    private static final class EventSerializer extends StdSerializer<Event> {
        EventSerializer() {
            super(Event.class);
        }

        @Override
        public void serialize(Event event, JsonGenerator out, SerializerProvider provider) throws IOException {
            EventJson.write(out, event);
        }
    }
}
