package io.eventinspector.store;

import java.util.Optional;

/**
 * What an event store works with besides its connection: the same for the store and for each transaction it
 * runs. {@code hourlyCounts} is what histograms read and writers fold, empty for a gateway's table, which has
 * none; {@code appended} is told after each append that inserted events (the search indexer's cue), a no-op where
 * nothing is deferred; {@code messageIndex} says whether appends keep the message index and lookups use it.
 */
record EventStoreSetup(StoreDialect dialect, EventTable table, PayloadSearch search, StoreInfo info,
                       StoreAccess access, WriteGate writeGate, Optional<HourlyCounts> hourlyCounts,
                       Runnable appended, MessageIndexState messageIndex) {
}
