package io.eventinspector.api;

import io.eventinspector.event.EventQuery;
import io.eventinspector.event.Timestamps;
import io.eventinspector.event.Validation;
import io.eventinspector.export.EventExporter;
import io.eventinspector.export.ExportFormat;
import io.eventinspector.secrets.Redaction;
import io.eventinspector.store.BucketSize;
import io.eventinspector.store.EventStore;
import io.eventinspector.store.Histogram;
import io.eventinspector.store.StoreException;
import io.eventinspector.store.TypeCount;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /api/events/export} (streamed NDJSON or CSV) and {@code GET /api/events/stats}, with the list's filters. */
final class ExportRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(ExportRoutes.class);

    /** Seconds a client refused for want of an export slot is told to wait. */
    static final int RETRY_AFTER_SECONDS = 10;

    private final EventStore store;
    private final EventExporter exporter;
    private final JsonBody response;
    private final Semaphore slots;
    private final int maxConcurrent;

    /** {@code maxConcurrent}: each running export holds a database connection for as long as its client reads. */
    ExportRoutes(EventStore store, EventExporter exporter, JsonBody response, int maxConcurrent) {
        this.store = store;
        this.exporter = exporter;
        this.response = response;
        this.maxConcurrent = maxConcurrent;
        this.slots = new Semaphore(maxConcurrent);
    }

    /** Counts per type and the volume histogram of the events matching the filters. */
    record Stats(long total, List<TypeCount> types, HistogramView histogram) {
    }

    record HistogramView(String bucket, List<BucketView> buckets) {
    }

    record BucketView(String start, long total, Map<String, Long> perType) {
    }

    void export(Context ctx) throws IOException {
        ExportFormat format = format(ctx.queryParam("format"));
        EventQuery query = QueryParameters.read(ctx, "format");
        if (!slots.tryAcquire()) {
            ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            throw new ApiException(ErrorCode.TOO_MANY_EXPORTS, maxConcurrent + " exports are running already; "
                    + "try again in " + RETRY_AFTER_SECONDS + " seconds");
        }
        exportHeaders(ctx, format);
        // Streamed straight to the socket; once the first bytes are out a failure can only cut the response.
        // A client that stops reading is cut off by the server's idle timeout, which frees the slot.
        try {
            OutputStream out = ctx.res().getOutputStream();
            exporter.export(query, format, out);
        } catch (IOException e) {
            LOG.info("export to {} ended early: {}", ctx.ip(), e.getMessage());
        } catch (StoreException e) {
            if (!ctx.res().isCommitted()) {
                throw e;
            }
            LOG.warn("export cut short by a database failure: {}", Redaction.text(e.getMessage()));
            // Without the final chunk the client sees a broken transfer, not a complete but short export.
            Request.getBaseRequest(ctx.req()).getHttpChannel().abort(e);
        } finally {
            slots.release();
        }
    }

    /** {@code HEAD}: the export's checks and headers without running it. */
    void exportHead(Context ctx) {
        ExportFormat format = format(ctx.queryParam("format"));
        QueryParameters.read(ctx, "format");
        exportHeaders(ctx, format);
    }

    private static void exportHeaders(Context ctx, ExportFormat format) {
        ctx.status(200);
        ctx.contentType(format.contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"events." + format.extension() + "\"");
    }

    void stats(Context ctx) {
        EventQuery query = QueryParameters.read(ctx, "bucket");
        Optional<BucketSize> size = bucket(ctx.queryParam("bucket"));
        List<TypeCount> types = store.typeCounts(query);
        Histogram histogram = store.histogram(query, size);
        List<BucketView> buckets = histogram.buckets().stream()
                .map(bucket -> new BucketView(Timestamps.format(bucket.start()), bucket.total(), bucket.perType()))
                .toList();
        long total = types.stream().mapToLong(TypeCount::count).sum();
        response.send(ctx, new Envelope.Success(new Stats(total, types,
                new HistogramView(histogram.size().name().toLowerCase(Locale.ROOT), buckets))));
    }

    private static ExportFormat format(String value) {
        if (value == null || value.isBlank()) {
            return ExportFormat.NDJSON;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "ndjson" -> ExportFormat.NDJSON;
            case "csv" -> ExportFormat.CSV;
            default -> throw new ApiException(ErrorCode.INVALID_QUERY, "format must be ndjson or csv, got "
                    + Validation.quote(value));
        };
    }

    private static Optional<BucketSize> bucket(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "minute" -> Optional.of(BucketSize.MINUTE);
            case "hour" -> Optional.of(BucketSize.HOUR);
            case "day" -> Optional.of(BucketSize.DAY);
            default -> throw new ApiException(ErrorCode.INVALID_QUERY, "bucket must be minute, hour or day, got "
                    + Validation.quote(value));
        };
    }
}
