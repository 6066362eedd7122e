package io.eventinspector.testing;

import io.eventinspector.store.EventStore;
import io.eventinspector.store.StoreException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.BooleanSupplier;

/** A store that loses its database on demand, for tests of how a view recovers when it comes back. */
public final class FailingStores {
    private FailingStores() {
    }

    /** {@code real}, except that every call fails with "database connection lost" while {@code down} says so. */
    public static EventStore failingWhile(BooleanSupplier down, EventStore real) {
        return (EventStore) Proxy.newProxyInstance(EventStore.class.getClassLoader(), new Class<?>[] {EventStore.class},
                (proxy, method, args) -> {
                    if (down.getAsBoolean() && method.getDeclaringClass() == EventStore.class) {
                        throw new StoreException("database connection lost");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
