package io.eventinspector.api;

import io.eventinspector.event.Validation;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses what a web page in the user's browser could send (issue 15): a {@code Host} other than the address
 * the server listens on (a DNS-rebinding page names its own domain there) and any cross-origin request (an
 * {@code Origin} that is not the server's own). Tools such as curl or the gateway send no {@code Origin} and
 * the address they connected to as {@code Host}, so they are not affected.
 */
final class HostGuard {
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "::1");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Set<String> configured;
    private volatile Set<String> served = Set.of();
    private volatile boolean anyAddress;
    private volatile int port = -1;

    HostGuard(Set<String> configured) {
        this.configured = configured;
    }

    /** Called once the server listens: {@code host} as given to start (an address or a name), {@code port} bound. */
    void serving(String host, int boundPort) {
        String name = unbracket(host.trim().toLowerCase(Locale.ROOT));
        Set<String> names = new HashSet<>();
        names.add(name);
        boolean wildcard = name.isEmpty() || name.equals("0.0.0.0") || name.equals("::");
        if (wildcard || isLoopback(name)) {
            names.addAll(LOOPBACK_NAMES);
        }
        served = Set.copyOf(names);
        anyAddress = wildcard;
        port = boundPort;
    }

    void check(Context ctx) {
        String host = ctx.header("Host");
        if (host != null && !allowed(host)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Host " + Validation.quote(host) + " is not an address of "
                    + "this server; to serve it under that name, start it with --allowed-host NAME");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(origin, host)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "cross-origin request refused (Origin "
                    + Validation.quote(origin) + "): the API does not answer web pages of other sites");
        }
    }

    private boolean allowed(String hostHeader) {
        String value = hostHeader.trim().toLowerCase(Locale.ROOT);
        String name;
        String portText;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                return false;
            }
            name = value.substring(1, close);
            String rest = value.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                return false;
            }
            portText = rest.isEmpty() ? null : rest.substring(1);
        } else {
            int colon = value.indexOf(':');
            if (colon != value.lastIndexOf(':')) {
                return false; // an IPv6 address must be in brackets
            }
            name = colon < 0 ? value : value.substring(0, colon);
            portText = colon < 0 ? null : value.substring(colon + 1);
        }
        // A proxy in front may forward its own port, so a configured name is accepted on any port.
        if (configured.contains(name)) {
            return true;
        }
        boolean servedName = served.contains(name) || anyAddress && isIpLiteral(name);
        return servedName && (portText == null ? port == 80 : portText.equals(Integer.toString(port)));
    }

    /** The page's origin must be this server as the browser addressed it: {@code http(s)://} plus the Host. */
    private static boolean sameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        String value = origin.trim().toLowerCase(Locale.ROOT);
        String authority = host.trim().toLowerCase(Locale.ROOT);
        return value.equals("http://" + authority) || value.equals("https://" + authority);
    }

    /** A DNS-rebinding page always names its own domain, never an address. */
    private static boolean isIpLiteral(String name) {
        return IPV4.matcher(name).matches() || name.contains(":");
    }

    private static boolean isLoopback(String name) {
        if (LOOPBACK_NAMES.contains(name)) {
            return true;
        }
        try {
            return isIpLiteral(name) && InetAddress.getByName(name).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String unbracket(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
