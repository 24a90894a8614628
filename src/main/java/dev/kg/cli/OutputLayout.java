package dev.kg.cli;

import dev.kg.rdf.RdfFormat;
import dev.kg.source.ArticleReader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where {@code kg convert} writes: one file, or a folder with {@code NAME.<ext>} per {@code NAME.txt}.
 * OUT is a folder when there are several inputs, when it is an existing folder, or when it ends
 * with a slash.
 */
record OutputLayout(Path out, boolean folder, RdfFormat format) {

    /** @throws IllegalArgumentException with a message for the user when OUT cannot serve */
    static OutputLayout of(String out, List<Path> inputs, RdfFormat explicit) {
        Path path = Path.of(out);
        boolean folder = inputs.size() > 1 || Files.isDirectory(path)
                || out.endsWith("/") || out.endsWith(File.separator);
        if (folder && Files.exists(path) && !Files.isDirectory(path)) {
            throw new IllegalArgumentException("OUT '" + out + "' is a file, but " + inputs.size()
                    + " inputs need a folder (give a folder path, e.g. -o out/)");
        }
        RdfFormat format = explicit != null ? explicit
                : folder ? RdfFormat.TTL : RdfFormat.byExtension(path).orElse(RdfFormat.TTL);
        OutputLayout layout = new OutputLayout(path, folder, format);
        layout.checkNoCollisions(inputs);
        return layout;
    }

    Path targetFor(Path input) {
        return folder ? out.resolve(ArticleReader.idOf(input) + "." + format.extension()) : out;
    }

    private void checkNoCollisions(List<Path> inputs) {
        Map<Path, Path> seen = new HashMap<>();
        for (Path input : inputs) {
            Path earlier = seen.putIfAbsent(targetFor(input), input);
            if (earlier != null) {
                throw new IllegalArgumentException(earlier + " and " + input + " would both be written to "
                        + targetFor(input) + " (convert them into different folders)");
            }
        }
    }
}
