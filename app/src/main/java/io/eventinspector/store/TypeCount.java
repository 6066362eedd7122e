package io.eventinspector.store;

/** A type and how many events of it match a filter; {@code known} when the gateway is known to emit it. */
public record TypeCount(String type, long count, boolean known) {
}
