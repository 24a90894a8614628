package dev.kg.cli;

import dev.kg.convert.Manifest;
import dev.kg.rdf.RdfFormat;
import dev.kg.source.Survey;
import dev.kg.store.OutputFile;
import dev.kg.store.OutputFile.Existing;
import dev.kg.store.StoreException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where {@code kg convert} writes: one file, stdout ({@code -o -}), a folder with {@code NAME.<ext>}
 * per article, or one N-Quads or TriG stream with a named graph per article. OUT is a folder when it
 * is an existing folder or ends with a slash, or when there are several articles and OUT is not a
 * {@code .nq} or {@code .trig} file (which then holds them all).
 */
record OutputLayout(Path out, Kind kind, RdfFormat format) {
    enum Kind {
        /** One article, one file. */
        FILE,
        /** A file per article in a folder. */
        FOLDER,
        /** Every article, one after the other, to stdout. */
        STDOUT,
        /** Every article, one after the other, into one N-Quads or TriG file. */
        STREAM
    }

    static final String STDOUT = "-";

    /** @throws IllegalArgumentException with a message for the user when OUT cannot serve */
    static OutputLayout of(String out, Survey survey, RdfFormat explicit) {
        boolean several = survey.articles() > 1;
        if (out.equals(STDOUT)) {
            RdfFormat format = explicit != null ? explicit : RdfFormat.TTL;
            if (several && !format.keepsGraphName()) {
                throw new IllegalArgumentException("-o - (stdout) takes one input, but " + survey.articles()
                        + " were given (" + format + " holds one graph: give --format nq or trig for one stream of"
                        + " named graphs, or a folder, e.g. -o out/)");
            }
            return new OutputLayout(null, Kind.STDOUT, format);
        }
        Path path = Path.of(out);
        boolean dirLike = Files.isDirectory(path) || out.endsWith("/") || out.endsWith(File.separator);
        RdfFormat byName = RdfFormat.byExtension(path).orElse(null);
        boolean streamable = byName != null && byName.keepsGraphName() && (explicit == null || explicit == byName);
        if (!dirLike && (several || survey.batch()) && streamable) {
            return new OutputLayout(path, Kind.STREAM, byName);
        }
        boolean folder = dirLike || several || survey.batch();
        if (folder && Files.exists(path) && !Files.isDirectory(path)) {
            throw new IllegalArgumentException("OUT '" + out + "' is a file, but " + survey.articles()
                    + " articles need a folder (give a folder path, e.g. -o out/, or a .nq or .trig file)");
        }
        RdfFormat format = explicit != null ? explicit
                : folder ? RdfFormat.TTL : byName != null ? byName : RdfFormat.TTL;
        return new OutputLayout(path, folder ? Kind.FOLDER : Kind.FILE, format);
    }

    boolean toStdout() {
        return kind == Kind.STDOUT;
    }

    /** Whether the articles' RDF goes, in order, into one stream (stdout or a file) rather than a file each. */
    boolean oneStream() {
        return kind == Kind.STDOUT || kind == Kind.STREAM;
    }

    Path targetFor(String id) {
        return kind == Kind.FOLDER ? out.resolve(id + "." + format.extension()) : out;
    }

    /** The folder the output files go to (not meaningful for stdout). */
    Path folder() {
        return kind == Kind.FOLDER ? out : out.toAbsolutePath().getParent();
    }

    /** The file names this run writes, in the folder. */
    Set<String> targetNames(Set<String> ids) {
        if (kind != Kind.FOLDER) {
            return Set.of(out.getFileName().toString());
        }
        Set<String> names = new LinkedHashSet<>();
        ids.forEach(id -> names.add(targetFor(id).getFileName().toString()));
        names.add(Manifest.NAME);
        return names;
    }

    /**
     * Refuses, before anything is converted, a run that would write over one of its inputs, a link,
     * anything but a regular file, or an existing file unless {@code replaceable} says kg may replace it.
     *
     * @throws StoreException with one line naming the first such target and the reason
     */
    void checkTargets(Survey survey, Predicate<Path> replaceable) {
        if (toStdout()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        Set<Path> targets = kind == Kind.FOLDER ? new LinkedHashSet<>() : Set.of(out);
        if (kind == Kind.FOLDER) {
            survey.ids().stream().sorted().forEach(id -> targets.add(targetFor(id)));
        }
        for (Path target : targets) {
            Path same = Survey.identity(target).map(survey.inputFiles()::get).orElse(null);
            if (same != null) {
                problems.add("cannot write " + target + ": it is the input " + same
                        + " (kg never writes over an input; give another -o)");
            } else {
                Existing existing = replaceable.test(target) ? Existing.REPLACE : Existing.REFUSE;
                OutputFile.problem(target, existing).ifPresent(p -> problems.add("cannot write " + target + ": " + p));
            }
        }
        if (!problems.isEmpty()) {
            throw new StoreException(problems.get(0) + (problems.size() == 1 ? ""
                    : " (and " + (problems.size() - 1) + " more outputs that cannot be written)"));
        }
    }
}
