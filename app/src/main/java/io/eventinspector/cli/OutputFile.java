package io.eventinspector.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * A file a command writes with {@code --out}: written next to the target and renamed over it only once complete,
 * so a failed run never leaves half a file. Only a regular file (or a new name) is a target: a device, a FIFO or
 * a folder is refused rather than replaced. A file that existed keeps its permissions; a new one gets what new
 * files get (the user's umask), not the 0600 of a temporary file. A symbolic link is followed: the file it
 * points at is replaced, the link stays.
 */
final class OutputFile {
    /** What is written into the file. */
    interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private OutputFile() {
    }

    /**
     * Writes {@code content} to {@code target} and returns what it returned.
     *
     * @throws UserError when the target is not a regular file or its folder does not exist
     */
    static <T> T write(Path target, Content<T> content) throws IOException {
        Path file = regularFileOrNew(target);
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserError("cannot write " + target + ": folder " + folder + " does not exist", ExitCodes.USAGE);
        }
        Optional<Set<PosixFilePermission>> keep = Files.exists(file) ? permissions(file) : Optional.empty();
        Path partial = createPartial(folder, file.getFileName().toString(), keep);
        try {
            T result;
            try (OutputStream out = Channels.newOutputStream(Files.newByteChannel(partial,
                    StandardOpenOption.WRITE))) {
                result = content.writeTo(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The file to replace (a link resolved), or the absolute target when nothing is there yet. */
    private static Path regularFileOrNew(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return absolute;
        }
        if (attributes.isRegularFile()) {
            return absolute.toRealPath();
        }
        String what = attributes.isDirectory() ? "a folder" : "not a regular file (a device, FIFO or socket)";
        throw new UserError("cannot write " + target + ": it is " + what + "; give the path of a file",
                ExitCodes.USAGE);
    }

    private static Optional<Set<PosixFilePermission>> permissions(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        return posix == null ? Optional.empty() : Optional.of(posix.readAttributes().permissions());
    }

    /**
     * A new, empty, hidden file next to the target: with the target's permissions when it had some (set
     * exactly, as the umask may have narrowed them at creation), else with the default mode for new files.
     */
    private static Path createPartial(Path folder, String name, Optional<Set<PosixFilePermission>> keep)
            throws IOException {
        while (true) {
            byte[] suffix = new byte[6];
            RANDOM.nextBytes(suffix);
            Path partial = folder.resolve("." + name + "." + HexFormat.of().formatHex(suffix) + ".part");
            Set<StandardOpenOption> create = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            FileAttribute<?>[] attributes = keep.map(permissions -> new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(permissions)}).orElse(new FileAttribute<?>[0]);
            try {
                Files.newByteChannel(partial, create, attributes).close();
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            if (keep.isPresent()) {
                Files.setPosixFilePermissions(partial, keep.get());
            }
            return partial;
        }
    }
}
