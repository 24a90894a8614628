package dev.kg.cli;

import dev.kg.rdf.RdfFormat;
import dev.kg.source.Input;
import dev.kg.store.OutputFile;
import dev.kg.store.OutputFile.Existing;
import dev.kg.store.StoreException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where {@code kg convert} writes: one file, stdout ({@code -o -}), or a folder with
 * {@code NAME.<ext>} per {@code NAME.txt}. OUT is a folder when there are several inputs, when it
 * is an existing folder, or when it ends with a slash.
 */
record OutputLayout(Path out, Kind kind, RdfFormat format) {
    enum Kind { FILE, FOLDER, STDOUT }

    static final String STDOUT = "-";

    /** @throws IllegalArgumentException with a message for the user when OUT cannot serve */
    static OutputLayout of(String out, List<Input> inputs, RdfFormat explicit) {
        if (out.equals(STDOUT)) {
            if (inputs.size() > 1) {
                throw new IllegalArgumentException("-o - (stdout) takes one input, but " + inputs.size()
                        + " were given (give a folder for several, e.g. -o out/)");
            }
            return new OutputLayout(null, Kind.STDOUT, explicit != null ? explicit : RdfFormat.TTL);
        }
        Path path = Path.of(out);
        boolean folder = inputs.size() > 1 || inputs.stream().anyMatch(Input::batch) || Files.isDirectory(path)
                || out.endsWith("/") || out.endsWith(File.separator);
        if (folder && Files.exists(path) && !Files.isDirectory(path)) {
            throw new IllegalArgumentException("OUT '" + out + "' is a file, but " + inputs.size()
                    + " inputs need a folder (give a folder path, e.g. -o out/)");
        }
        RdfFormat format = explicit != null ? explicit
                : folder ? RdfFormat.TTL : RdfFormat.byExtension(path).orElse(RdfFormat.TTL);
        OutputLayout layout = new OutputLayout(path, folder ? Kind.FOLDER : Kind.FILE, format);
        layout.checkNoCollisions(inputs);
        return layout;
    }

    boolean toStdout() {
        return kind == Kind.STDOUT;
    }

    Path targetFor(Input input) {
        return kind == Kind.FOLDER ? out.resolve(input.id() + "." + format.extension()) : out;
    }

    /** The folder the output files go to (not meaningful for stdout). */
    Path folder() {
        return kind == Kind.FOLDER ? out : out.toAbsolutePath().getParent();
    }

    /** The file names this run writes, in the folder. */
    Set<String> targetNames(List<Input> inputs) {
        Set<String> names = new LinkedHashSet<>();
        inputs.forEach(input -> names.add(targetFor(input).getFileName().toString()));
        return names;
    }

    /**
     * Refuses, before anything is converted, a run that would write over one of its inputs, a link,
     * anything but a regular file, or (without --force) an existing file.
     *
     * @throws StoreException with one line naming the first such target and the reason
     */
    void checkTargets(List<Input> inputs, Existing existing) {
        if (toStdout()) {
            return;
        }
        Map<Object, Path> inputFiles = new HashMap<>();
        for (Input input : inputs) {
            identity(input.file()).ifPresent(id -> inputFiles.putIfAbsent(id, input.file()));
        }
        List<String> problems = new ArrayList<>();
        for (Input input : inputs) {
            Path target = targetFor(input);
            Path same = identity(target).map(inputFiles::get).orElse(null);
            if (same != null) {
                problems.add("cannot write " + target + ": it is the input " + same
                        + " (kg never writes over an input; give another -o)");
            } else {
                OutputFile.problem(target, existing).ifPresent(p -> problems.add("cannot write " + target + ": " + p));
            }
        }
        if (!problems.isEmpty()) {
            throw new StoreException(problems.get(0) + (problems.size() == 1 ? ""
                    : " (and " + (problems.size() - 1) + " more outputs that cannot be written)"));
        }
    }

    /** What {@link Files#isSameFile} compares: the file's key (device and inode), through any link. */
    private static Optional<Object> identity(Path file) {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            return Optional.of(key != null ? key : file.toRealPath());
        } catch (IOException e) {
            return Optional.empty(); // missing: neither an input to protect nor one to overwrite
        }
    }

    /** Two articles with one id would overwrite each other's output (and share IRIs): refused. */
    private void checkNoCollisions(List<Input> inputs) {
        Map<Path, Input> seen = new HashMap<>();
        for (Input input : inputs) {
            Input earlier = seen.putIfAbsent(targetFor(input), input);
            if (earlier != null) {
                throw new IllegalArgumentException(earlier.location() + " and " + input.location()
                        + " have the same id '" + input.id() + "' and would both be written to " + targetFor(input)
                        + " (ids must be unique: rename one, or convert them into different folders)");
            }
        }
    }
}
