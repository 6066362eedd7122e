package io.eventinspector.cli;

import io.eventinspector.Services;
import io.eventinspector.api.ApiKeys;
import io.eventinspector.api.ApiOptions;
import io.eventinspector.api.ApiServer;
import io.eventinspector.config.AppConfig;
import io.eventinspector.store.Failures;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = "Runs the HTTP API and the retention cleanup until stopped (SIGTERM or Ctrl-C).")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    StoreOption store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default 8080).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default 127.0.0.1).")
    String bind;

    @Option(names = "--allowed-host", paramLabel = "NAME",
            description = "A host name clients may use to reach the server besides its address (behind a proxy or "
                    + "a DNS name); repeatable. Requests naming any other Host are refused.")
    List<String> allowedHosts = List.of();

    @Option(names = "--no-auth", description = "Serve without API keys; only allowed on a loopback address.")
    boolean noAuth;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new UserError("invalid --port " + port + ": expected 0 to 65535", ExitCodes.USAGE);
        }
        AppConfig config = AppConfig.fromSystem();
        Optional<ApiKeys> keys = keys(config);
        Services services = store.openServices(config);
        ApiServer server;
        try {
            server = new ApiServer(services, keys, ApiOptions.defaults().withAllowedHosts(allowedHosts));
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
        try {
            server.start(bind, port);
        } catch (RuntimeException e) {
            services.close();
            throw new UserError("cannot listen on " + bind + ":" + port + ": " + Failures.rootMessage(e),
                    ExitCodes.USAGE);
        }
        if (services.database().access().isGateway()) {
            // Cleanup there is a deliberate, confirmed act (cleanup --allow-writes), never a daily job.
            LOG.info("gateway database: the daily cleanup does not run here");
        } else {
            services.cleanupScheduler().start();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping the API: letting in-flight requests finish");
            server.stop();
            services.close();
            stopped.countDown();
        }, "api-shutdown"));
        keys.ifPresentOrElse(k -> LOG.info("API keys: {} configured", k.size()),
                () -> LOG.warn("API keys are off (--no-auth): anyone on this machine can read and write events"));
        spec.commandLine().getOut().println("Event Inspector API listening on http://" + hostForUrl(bind) + ":"
                + server.port());
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private Optional<ApiKeys> keys(AppConfig config) {
        if (noAuth) {
            if (!isLoopback(bind)) {
                throw new UserError("--no-auth is only allowed on a loopback address (127.0.0.1, ::1, localhost), "
                        + "not --bind " + bind, ExitCodes.USAGE);
            }
            return Optional.empty();
        }
        ApiKeys keys = ApiKeys.configured(config.apiKeys());
        if (keys.isEmpty()) {
            throw new UserError("no API keys configured: set WHATSAPP_API_KEYS_MAP='[{\"key\":\"…\",\"role\":"
                    + "\"read\"}]' or pass --no-auth (loopback only)", ExitCodes.USAGE);
        }
        return Optional.of(keys);
    }

    private static boolean isLoopback(String address) {
        try {
            InetAddress[] all = InetAddress.getAllByName(address);
            for (InetAddress each : all) {
                if (!each.isLoopbackAddress()) {
                    return false;
                }
            }
            return all.length > 0;
        } catch (UnknownHostException e) {
            throw new UserError("invalid --bind " + address + ": unknown host", ExitCodes.USAGE);
        }
    }

    private static String hostForUrl(String address) {
        return address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
    }

}
