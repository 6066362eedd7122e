package io.eventinspector.retention;

/**
 * Where the desktop app keeps the user's retention choices between runs. They sit between the defaults and the
 * environment: a variable that is set still wins over a saved choice.
 */
public interface RetentionPreferences {
    /** The saved choices; empty fields were never chosen. */
    RetentionOverrides load();

    void save(RetentionOverrides choices);

    /** No saved choices and nothing kept: for the command line's tests and stores that must not persist. */
    RetentionPreferences NONE = new RetentionPreferences() {
        @Override
        public RetentionOverrides load() {
            return RetentionOverrides.NONE;
        }

        @Override
        public void save(RetentionOverrides choices) {
        }
    };
}
