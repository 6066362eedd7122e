package io.eventinspector.api;

import io.eventinspector.config.ApiKeySettings;
import io.javalin.security.RouteRole;

/** What a key may do, ordered: an admin key can do what a write key can, a write key what a read key can. */
public enum Role implements RouteRole {
    READ, WRITE, ADMIN;

    /** The role a configured key's setting names; a role added to the setting must be given a meaning here. */
    static Role of(ApiKeySettings.Role setting) {
        return switch (setting) {
            case READ -> READ;
            case WRITE -> WRITE;
            case ADMIN -> ADMIN;
        };
    }

    public boolean covers(Role required) {
        return compareTo(required) >= 0;
    }

    /** The name used in WHATSAPP_API_KEYS_MAP and in the audit log. */
    public String label() {
        return name().toLowerCase();
    }
}
