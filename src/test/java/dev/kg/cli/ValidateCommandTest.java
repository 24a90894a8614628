package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.vocab.NIF;
import dev.kg.vocab.Ontology;
import dev.kg.rdf.validate.ArticleGraphFixture;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.ORG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {
    private static Ontology ontology;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void load() {
        ontology = Ontology.load();
    }

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "validate";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    private Path write(String name, Model model, Lang lang) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(file)) {
            RDFDataMgr.write(os, model, lang);
        }
        return file;
    }

    @Test
    void exitsZeroWhenEveryFileConforms() throws IOException {
        Model valid = new ArticleGraphFixture(ontology).model;
        Path ttl = write("a.ttl", valid, Lang.TURTLE);
        Path nt = write("a.nt", valid, Lang.NTRIPLES);
        Path jsonld = write("a.jsonld", valid, Lang.JSONLD);

        assertEquals(0, run(ttl.toString(), nt.toString(), jsonld.toString()), err::toString);
        assertTrue(out.toString().contains(ttl + ": conforms"), out::toString);
        assertTrue(out.toString().contains("3 file(s): 3 conform, 0 with violations"), out::toString);
    }

    @Test
    void exitsOneAndPrintsTheViolation() throws IOException {
        ArticleGraphFixture g = new ArticleGraphFixture(ontology);
        g.membership.removeAll(ORG.member);
        Path file = write("broken.ttl", g.model, Lang.TURTLE);

        assertEquals(ValidateCommand.VIOLATIONS, run(file.toString()));
        String printed = out.toString();
        assertTrue(printed.contains("[Violation] <" + g.membership.getURI() + ">  org:member: a position has exactly one org:member"),
                printed);
        assertTrue(printed.contains("1 with violations (1 violations)"), printed);
    }

    @Test
    void exitsTwoOnASyntaxErrorWithFileAndLine() throws IOException {
        Path file = dir.resolve("bad.ttl");
        Files.writeString(file, "@prefix ex: <http://example.org/> .\n\nex:a ex:b ex:c ex:d .\n");

        assertEquals(ValidateCommand.UNREADABLE, run(file.toString()));
        assertTrue(err.toString().contains(file + ":3:"), err::toString);
    }

    @Test
    void exitsTwoOnAMissingFileOrUnknownFormatEvenIfOthersViolate() throws IOException {
        ArticleGraphFixture g = new ArticleGraphFixture(ontology);
        g.personMention.removeAll(NIF.anchorOf);
        Path broken = write("broken.ttl", g.model, Lang.TURTLE);
        Path unknown = Files.writeString(dir.resolve("notes.txt"), "not rdf");

        assertEquals(ValidateCommand.UNREADABLE, run(broken.toString(), unknown.toString(), dir.resolve("gone.ttl").toString()));
        assertTrue(err.toString().contains("notes.txt: unknown RDF syntax"), err::toString);
        assertTrue(err.toString().contains("gone.ttl: no such file"), err::toString);
        assertTrue(out.toString().contains("2 unreadable"), out::toString);
    }
}
