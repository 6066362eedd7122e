package io.eventinspector.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Standard output as the commands write it: {@link #bytes()} for exports (UTF-8 as they are), {@link #text()}
 * for everything else, both over one stream that remembers why a write failed. {@code System.out} is a
 * {@code PrintStream}, which swallows write errors ({@code export > /dev/full} exited 0); here a failed byte
 * write throws, a failed text write shows in {@link PrintWriter#checkError()}, and {@link Cli} turns either into
 * one error line and exit code 2.
 */
public final class StandardOutput {
    private final Recording stream;
    private final PrintWriter text;

    /** Over {@code target}; text is encoded in {@code charset}. */
    public StandardOutput(OutputStream target, Charset charset) {
        this.stream = new Recording(target);
        this.text = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
    }

    /** The process's standard output (file descriptor 1), text in the console's encoding as picocli chooses it. */
    public static StandardOutput system() {
        return new StandardOutput(new FileOutputStream(FileDescriptor.out), consoleCharset());
    }

    /** Raw bytes; a failed write throws. The caller flushes and never closes it. */
    OutputStream bytes() {
        return stream;
    }

    /** For text; a failed write shows in {@link PrintWriter#checkError()}. */
    PrintWriter text() {
        return text;
    }

    /** Why the last write failed, as the system said it (e.g. "No space left on device"). */
    Optional<String> failure() {
        return Optional.ofNullable(stream.failure);
    }

    /** The one line a command prints when its output could not be written. */
    String failureLine() {
        return "cannot write to standard output" + failure().map(reason -> ": " + reason).orElse("");
    }

    /** picocli's choice: the console's encoding when Java knows it (cp65001 is UTF-8), else the default. */
    private static Charset consoleCharset() {
        String name = System.getProperty("sun.stdout.encoding");
        if (name == null) {
            return Charset.defaultCharset();
        }
        try {
            return "cp65001".equalsIgnoreCase(name) ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return Charset.defaultCharset();
        }
    }

    /** Passes writes on and keeps the message of the last one that failed. */
    private static final class Recording extends FilterOutputStream {
        private volatile String failure;

        Recording(OutputStream target) {
            super(target);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        private IOException recorded(IOException e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return e;
        }
    }
}
