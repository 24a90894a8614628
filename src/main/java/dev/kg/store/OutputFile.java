package dev.kg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where and whether an output file is written, never how: content goes to a temporary file in
 * the target's folder, which then becomes the target in one step. A failure of any kind removes
 * the temporary file and leaves the target as it was. A symbolic link, a folder, a device or a
 * pipe is never replaced, and an existing file only when the caller says {@link Existing#REPLACE}.
 *
 * <pre>
 *   OutputFile.write(Path.of("out/d01.ttl"), Existing.REFUSE, out -> out.write(bytes));
 * </pre>
 */
public final class OutputFile {
    /** What to do when the target is an existing regular file. */
    public enum Existing { REFUSE, REPLACE }

    /** Writes the content to a stream; the stream is closed by the caller. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String TEMPORARY_SUFFIX = ".kg-tmp";
    /** {@code .NAME.UUID.kg-tmp}: ours, and naming the target it was for. */
    private static final Pattern TEMPORARY = Pattern.compile(
            "\\.(.+)\\.\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}"
                    + Pattern.quote(TEMPORARY_SUFFIX));

    private OutputFile() {}

    /** @throws StoreException naming the target and the reason; the target is then unchanged */
    public static void write(Path target, Existing existing, Content content) {
        refuseIfUnwritable(target, existing);
        Path tmp = null;
        boolean placed = false;
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            // not Files.createTempFile: its owner-only permissions would carry over to the target
            tmp = dir.resolve(temporaryName(target));
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW)) {
                content.writeTo(out);
            }
            place(tmp, target, existing);
            placed = true;
        } catch (IOException e) {
            throw new StoreException("cannot write " + target + ": " + describe(e), e);
        } finally {
            if (!placed) {
                deleteQuietly(tmp);
            }
        }
    }

    /** Why the target cannot be written, or empty when it can. Checks the file system as it is now. */
    public static Optional<String> problem(Path target, Existing existing) {
        Optional<String> parent = parentProblem(target);
        if (parent.isPresent()) {
            return parent;
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return Optional.empty(); // nothing there: it will be created
        }
        if (attrs.isSymbolicLink()) {
            return Optional.of("it is a symbolic link, which kg never replaces (write to a path that is not a link)");
        }
        if (attrs.isDirectory()) {
            return Optional.of("it is a folder, which kg never replaces");
        }
        if (!attrs.isRegularFile()) {
            return Optional.of("it is not a regular file (a device or a pipe), which kg never replaces");
        }
        if (existing == Existing.REFUSE) {
            return Optional.of("it exists (give --force to replace it)");
        }
        return Optional.empty();
    }

    /**
     * Removes the temporary files that an interrupted earlier write left in the folder for one of
     * the given target names; another program's files and other targets' are left alone.
     *
     * @return the files removed
     */
    public static List<Path> removeStaleTemporaries(Path folder, Set<String> targetNames) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return removed;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher m = TEMPORARY.matcher(file.getFileName().toString());
                if (m.matches() && targetNames.contains(m.group(1))
                        && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(file);
                    removed.add(file);
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot clean up " + folder + ": " + describe(e), e);
        }
        return removed;
    }

    static String temporaryName(Path target) {
        return "." + target.getFileName() + "." + UUID.randomUUID() + TEMPORARY_SUFFIX;
    }

    private static void refuseIfUnwritable(Path target, Existing existing) {
        problem(target, existing).ifPresent(reason -> {
            throw new StoreException("cannot write " + target + ": " + reason);
        });
    }

    /** The nearest ancestor that exists must be a folder (then the missing ones are created). */
    private static Optional<String> parentProblem(Path target) {
        // walk the path as the user spelled it, so that the message names it the same way
        for (Path p = target.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? Optional.empty() : Optional.of(p + " is a file, not a folder");
            }
        }
        return Optional.empty();
    }

    /** Moves the complete temporary file to the target, never over anything {@link #problem} refuses. */
    private static void place(Path tmp, Path target, Existing existing) throws IOException {
        if (existing == Existing.REFUSE) {
            try {
                // a hard link fails if the target exists, with no window between the check and the write
                Files.createLink(target, tmp);
            } catch (FileAlreadyExistsException e) {
                refuseIfUnwritable(target, existing);
                throw e;
            } catch (UnsupportedOperationException | FileSystemException e) {
                // a file system without hard links: check, then move without replacing
                refuseIfUnwritable(target, existing);
                Files.move(tmp, target);
                return;
            }
            deleteQuietly(tmp); // the target is complete; a leftover name is only cosmetic
            return;
        }
        refuseIfUnwritable(target, existing);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // same folder, so this only happens on exotic file systems; still never a partial target
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** An I/O failure in words: Java's messages are often only the file's name. */
    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + ": no such file or folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return (f.getFile() == null ? "" : f.getFile() + ": ") + f.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the original failure is what the user needs to see
        }
    }
}
