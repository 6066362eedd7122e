package io.eventinspector.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} as a real process: its one stdout line, its refusals, and a clean stop on SIGTERM. */
class ServeCommandTest {
    private static final Pattern LISTENING = Pattern.compile("Event Inspector API listening on http://127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path folder;

    private Process serve(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "io.eventinspector.Main", "serve",
                "--db", folder.resolve("events.db").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(folder.resolve("stderr.txt").toFile());
        builder.environment().remove("WHATSAPP_API_KEYS_MAP");
        builder.environment().putAll(env);
        return builder.start();
    }

    @Test
    void printsOneLineServesAndStopsCleanlyOnSigterm() throws Exception {
        Process process = serve(Map.of("WHATSAPP_API_KEYS_MAP", "[{\"key\":\"k\"}]"), "--port", "0");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = out.readLine();
            Matcher matcher = LISTENING.matcher(line == null ? "" : line);
            assertThat(matcher.matches()).as("first stdout line: %s", line).isTrue();
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + matcher.group(1) + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);

            process.destroy();

            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(folder.resolve("stderr.txt"))).contains("stopping the API")
                    .doesNotContain("Exception");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void answersAHostNameGivenWithAllowedHostAndRefusesOthers() throws Exception {
        Process process = serve(Map.of(), "--port", "0", "--no-auth", "--allowed-host", "inspector.lan");
        try {
            String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            Matcher matcher = LISTENING.matcher(line == null ? "" : line);
            assertThat(matcher.matches()).as("first stdout line: %s", line).isTrue();
            int port = Integer.parseInt(matcher.group(1));

            assertThat(RawHttp.get(port, "inspector.lan", "/api/events").status()).isEqualTo(200);
            assertThat(RawHttp.get(port, "127.0.0.1:" + port, "/api/events").status()).isEqualTo(200);
            assertThat(RawHttp.get(port, "rebound.example:" + port, "/api/events").status()).isEqualTo(403);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void refusesToStartWithoutKeysOrWithNoAuthOffLoopback() throws Exception {
        Process noKeys = serve(Map.of(), "--port", "0");
        Process open = serve(Map.of(), "--port", "0", "--no-auth", "--bind", "0.0.0.0");

        assertThat(noKeys.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(noKeys.exitValue()).isEqualTo(2);
        assertThat(open.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(open.exitValue()).isEqualTo(2);
        assertThat(new String(open.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aPortInUseIsOneLineNamingThePortNotAStackTrace() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process process = serve(Map.of(), "--port", String.valueOf(taken.getLocalPort()), "--no-auth");

            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(2);
            String stderr = Files.readString(folder.resolve("stderr.txt"));
            assertThat(stderr).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": port "
                    + taken.getLocalPort() + " is already in use").doesNotContain("Exception").doesNotContain("\tat ");
        }
    }
}
