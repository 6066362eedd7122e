package io.eventinspector.trace;

import io.eventinspector.event.DeliveryStatus;
import java.util.OptionalLong;

/** In a group, how far one participant's receipts got: each participant acknowledges on its own. */
public record ParticipantStatus(String participant, DeliveryStatus status, OptionalLong timeToDeliveredMs,
                                OptionalLong timeToReadMs) {
}
