package dev.kg.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles named on a command line, collected in a list (see {@link Corpus} to read them as a
 * stream, in bounded memory): plain files as given, folders searched recursively for {@code *.txt}
 * and JSON Lines files ({@code *.jsonl}) read entry by entry.
 *
 * @param inputs   the articles, in the order given (within a folder: sorted by name)
 * @param problems one line per input that yields nothing: a bad JSON Lines line, an unreadable file,
 *                 a folder without {@code *.txt}
 */
public record Inputs(List<Input> inputs, List<String> problems) {
    public static Inputs expand(List<Path> paths) {
        return expand(paths, SizeLimit.NONE);
    }

    public static Inputs expand(List<Path> paths, SizeLimit limit) {
        List<Input> inputs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Corpus.of(paths, limit).forEach(e -> {
            if (e.isProblem()) {
                problems.add(e.problem());
            } else {
                inputs.add(e.input());
            }
        });
        return new Inputs(List.copyOf(inputs), List.copyOf(problems));
    }
}
