package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.SampleGraph;
import dev.kg.vocab.NIF;
import dev.kg.vocab.PROV;
import dev.kg.rdf.RdfFormat;
import dev.kg.store.GraphWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandTest {
    private static final String CQ = "queries/cq/";

    @TempDir
    Path dir;

    private Path graph;

    @BeforeEach
    void writeSampleGraph() {
        graph = dir.resolve("sample.ttl");
        GraphWriter.write(SampleGraph.build(), graph, RdfFormat.TTL);
    }

    @Test
    void runsACompetencyQueryOverAFile() {
        Cli run = Cli.run("query", "-d", graph.toString(), CQ + "persons.rq", "--results", "csv");
        assertEquals(0, run.exit(), run.err());
        assertEquals("name\r\n" + SampleGraph.PERSON + "\r\n", run.out());
    }

    @Test
    void eventsQueryReturnsTheEventWithDateAndPlace() {
        Cli run = Cli.run("query", "-d", graph.toString(), CQ + "events.rq", "-r", "tsv");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("\"meeting\"") && run.out().contains("\"--03-05\"")
                && run.out().contains("\"" + SampleGraph.PLACE + "\""), run.out());
    }

    @Test
    void severalDataFilesBeforeTheQueryAreAllLoaded() throws IOException {
        Model other = ModelFactory.createDefaultModel();
        other.createResource("https://example.org/p2")
                .addProperty(RDF.type, FOAF.Person)
                .addProperty(SKOS.prefLabel, "赵六", "zh-Hans")
                .addProperty(PROV.wasDerivedFrom, other.createResource("https://example.org/m2")
                        .addProperty(RDF.type, NIF.Phrase));
        Path nt = dir.resolve("other.nt");
        GraphWriter.write(other, nt, RdfFormat.NT);
        Cli run = Cli.run("query", "-d", graph.toString(), nt.toString(), CQ + "persons.rq", "-r", "csv");
        assertEquals(0, run.exit(), run.err());
        assertEquals("name\r\n" + SampleGraph.PERSON + "\r\n赵六\r\n", run.out());
    }

    @Test
    void eachFileIsANamedGraphToo() throws IOException {
        Path q = Files.writeString(dir.resolve("graphs.rq"),
                "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        Cli run = Cli.run("query", "-d", graph.toString(), q.toString(), "-r", "csv");
        assertEquals("n\r\n1\r\n", run.out(), run.err());
    }

    @Test
    void askAndConstructWork() throws IOException {
        Path ask = Files.writeString(dir.resolve("ask.rq"), "ASK { ?s a <" + FOAF.Person.getURI() + "> }");
        Cli run = Cli.run("query", "-d", graph.toString(), ask.toString(), "-r", "json");
        assertTrue(run.out().contains("\"boolean\" : true"), run.out());
        Path construct = Files.writeString(dir.resolve("c.rq"),
                "CONSTRUCT { ?p a <" + FOAF.Person.getURI() + "> } WHERE { ?p a <" + FOAF.Person.getURI() + "> }");
        run = Cli.run("query", "-d", graph.toString(), construct.toString(), "-r", "csv");
        assertEquals(1, run.out().lines().count(), run.out());
        assertTrue(run.out().contains("/person/wang-ming>"), run.out());
    }

    @Test
    void aQuerySyntaxErrorNamesFileLineAndExitsTwo() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.rq"), "SELECT * WHERE {\n  ?s ?p\n}\n");
        Cli run = Cli.run("query", "-d", graph.toString(), bad.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("kg: " + bad + ":3:1: "), run.err());
        assertEquals(1, run.errLines().size(), run.err());
    }

    @Test
    void aDataSyntaxErrorNamesFileLineAndExitsTwo() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.ttl"), "@prefix ex: <https://example.org/> .\n\nex:a ex:b .\n");
        Cli run = Cli.run("query", "-d", bad.toString(), CQ + "persons.rq");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("kg: " + bad + ":3:"), run.err());
    }

    @Test
    void anArticleIsConvertedOnTheFly() throws IOException {
        Path article = Files.writeString(dir.resolve("a.txt"), SampleGraph.TEXT);
        Cli run = Cli.run("query", "-d", article.toString(), CQ + "persons.rq", "-r", "csv");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("name\r\n"), run.out());
    }

    @Test
    void aBadArticleIsFatalForAQuery() throws IOException {
        Path empty = Files.writeString(dir.resolve("e.txt"), "");
        Cli run = Cli.run("query", "-d", empty.toString(), CQ + "persons.rq");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains(empty + ": empty file"), run.err());
    }

    @Test
    void missingQueryIsAUsageError() {
        Cli run = Cli.run("query", "-d", graph.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("QUERY.rq"), run.err());
    }

    @Test
    void resultsAreUtf8WhateverTheLocale() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int exit = Main.commandLine(out, err).execute("query", "-d", "seeds/xuzhou-2005.txt",
                "queries/cq/persons.rq", "--results", "csv");
        String printed = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, exit, err.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(printed.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), printed);
        assertFalse(printed.contains("?"), printed);
    }
}
