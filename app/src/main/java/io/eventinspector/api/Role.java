package io.eventinspector.api;

import io.javalin.security.RouteRole;

/** What a key may do, ordered: an admin key can do what a write key can, a write key what a read key can. */
public enum Role implements RouteRole {
    READ, WRITE, ADMIN;

    public boolean covers(Role required) {
        return compareTo(required) >= 0;
    }

    /** The name used in WHATSAPP_API_KEYS_MAP and in the audit log. */
    public String label() {
        return name().toLowerCase();
    }
}
