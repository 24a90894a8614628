package dev.kg.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A first pass over a {@link Corpus}, before anything is converted: how many articles and
 * characters (for progress), their ids (to refuse two articles with one id, and to check every
 * output before writing any), and the input files (so that no output is written over one). Per
 * article it keeps the id, never the text.
 *
 * @param articles   the number of articles
 * @param problems   the number of entries that yield no article (bad lines, empty folders)
 * @param size       the characters to convert (a file counts its size in bytes until read)
 * @param batch      whether an article came out of a folder or a JSON Lines file
 * @param ids        every article's id
 * @param inputFiles the input files by identity (device and inode), to compare outputs with
 * @param duplicate  why the corpus is refused, when two articles have one id
 */
public record Survey(long articles, long problems, long size, boolean batch, Set<String> ids,
                     Map<Object, Path> inputFiles, Optional<String> duplicate) {

    public static Survey of(Corpus corpus) {
        Set<String> ids = new HashSet<>();
        Map<Object, Path> files = new HashMap<>();
        long[] counts = new long[3];
        boolean[] batch = {false};
        Input[] second = {null};
        Path[] lastFile = {null};
        corpus.forEach(entry -> {
            if (entry.isProblem()) {
                counts[1]++;
                return;
            }
            Input input = entry.input();
            counts[0]++;
            counts[2] += input.size();
            batch[0] |= input.batch();
            if (!ids.add(input.id()) && second[0] == null) {
                second[0] = input;
            }
            if (!input.file().equals(lastFile[0])) { // the lines of one JSON Lines file share it
                lastFile[0] = input.file();
                identity(input.file()).ifPresent(key -> files.putIfAbsent(key, input.file()));
            }
        });
        Optional<String> duplicate = Optional.ofNullable(second[0]).map(s -> duplicate(corpus, s));
        return new Survey(counts[0], counts[1], counts[2], batch[0], ids, files, duplicate);
    }

    /** What {@link Files#isSameFile} compares: the file's key (device and inode), through any link. */
    public static Optional<Object> identity(Path file) {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            return Optional.of(key != null ? key : file.toRealPath());
        } catch (IOException e) {
            return Optional.empty(); // missing
        }
    }

    /** Names both articles; the first is found by a second pass, as ids alone were kept. */
    private static String duplicate(Corpus corpus, Input second) {
        String[] first = {null};
        corpus.forEach(entry -> {
            if (first[0] == null && !entry.isProblem() && entry.input().id().equals(second.id())) {
                first[0] = entry.input().location();
            }
        });
        return first[0] + " and " + second.location() + " have the same id '" + second.id()
                + "' and would both be written to one output and one graph (ids must be unique:"
                + " rename one, or convert them into different folders)";
    }
}
