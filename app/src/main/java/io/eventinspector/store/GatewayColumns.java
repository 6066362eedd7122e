package io.eventinspector.store;

import java.util.Map;
import java.util.function.Predicate;

/** The columns of a gateway's {@code events} table, checked one by one with a message naming the odd one. */
final class GatewayColumns {
    private final Map<String, String> types;
    private final String where;

    GatewayColumns(Map<String, String> types, String where) {
        this.types = Map.copyOf(types);
        this.where = where;
    }

    /** The declared type of {@code column} (lower case), refused when missing or not {@code usable}. */
    String require(String column, Predicate<String> usable, String expected) {
        String type = types.get(column);
        if (type == null) {
            throw new StoreException("cannot read table events in " + where + ": column " + column + " is missing");
        }
        if (!usable.test(type)) {
            throw new StoreException("cannot read table events in " + where + ": column " + column + " has type "
                    + (type.isEmpty() ? "(none)" : type) + ", expected " + expected);
        }
        return type;
    }
}
