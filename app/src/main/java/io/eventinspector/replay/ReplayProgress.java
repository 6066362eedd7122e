package io.eventinspector.replay;

/** How far a replay is: events finished (delivered or failed), of which failed, out of the total selected. */
public record ReplayProgress(int done, int failed, int total) {
}
