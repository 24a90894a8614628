package dev.kg.docs;

import dev.kg.vocab.Ontology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the ontology reference ({@value #HTML}) and diagram ({@value #SVG}) from the ontology files,
 * so that neither is ever written by hand. The output depends only on the ontology: the same files
 * give the same bytes.
 *
 * <pre>
 *   List&lt;Path&gt; written = new DocsGenerator(Ontology.standard()).write(Path.of("docs"));
 * </pre>
 */
public final class DocsGenerator {
    public static final String HTML = "ontology.html";
    public static final String SVG = "ontology.svg";

    private final Ontology ontology;

    public DocsGenerator(Ontology ontology) {
        this.ontology = ontology;
    }

    /** File name → content, in the order they are written. */
    public Map<String, String> render() {
        OntologyDocReader reader = new OntologyDocReader(ontology);
        OntologyDoc doc = reader.read();
        ClassDiagram diagram = ClassDiagram.of(ontology, reader.names());
        String title = doc.header().titleEn() + " " + doc.header().version() + " — classes and properties";
        SvgDiagram svg = new SvgDiagram(diagram, title);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(HTML, new HtmlPage(doc, svg.render("", false)).render());
        files.put(SVG, svg.render(HTML, true));
        return files;
    }

    /** Writes every file into {@code dir} (created if missing) and returns their paths. */
    public List<Path> write(Path dir) {
        try {
            Files.createDirectories(dir);
            return render().entrySet().stream().map(e -> {
                Path file = dir.resolve(e.getKey());
                try {
                    Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
                } catch (IOException ex) {
                    throw new DocsException("cannot write " + file + ": " + ex.getMessage(), ex);
                }
                return file;
            }).toList();
        } catch (IOException e) {
            throw new DocsException("cannot create directory " + dir + ": " + e.getMessage(), e);
        }
    }
}
