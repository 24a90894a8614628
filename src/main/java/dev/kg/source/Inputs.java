package dev.kg.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The articles named on a command line: plain files as given, folders searched recursively for
 * {@code *.txt} (sorted; gold annotations {@code *.gold.json} and other files skipped) and JSON Lines
 * files ({@code *.jsonl}) read entry by entry.
 *
 * @param inputs   the articles, in the order given (within a folder: sorted by path)
 * @param problems one line per input that yields nothing: a bad JSON Lines line, an unreadable file,
 *                 a folder without {@code *.txt}
 */
public record Inputs(List<Input> inputs, List<String> problems) {
    public static Inputs expand(List<Path> paths) {
        List<Input> inputs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> texts = texts(path, problems);
                if (texts.isEmpty()) {
                    problems.add(path + ": no *.txt files in this folder");
                }
                texts.forEach(t -> inputs.add(Input.ofFile(t, true)));
            } else if (path.getFileName() != null && path.getFileName().toString().endsWith(".jsonl")) {
                try {
                    JsonLines.read(path, inputs::add, problems::add);
                } catch (SourceException e) {
                    problems.add(e.getMessage());
                }
            } else {
                inputs.add(Input.ofFile(path, false)); // read (and refused if bad) when converted
            }
        }
        return new Inputs(List.copyOf(inputs), List.copyOf(problems));
    }

    private static List<Path> texts(Path folder, List<String> problems) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException | SecurityException e) {
            problems.add(folder + ": cannot be listed: " + e.getMessage());
            return List.of();
        }
    }
}
