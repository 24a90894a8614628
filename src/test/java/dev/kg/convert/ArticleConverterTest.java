package dev.kg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kg.vocab.KGO;
import dev.kg.source.Article;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;

/** The whole pipeline on a small article: what the publication date adds to event dates. */
class ArticleConverterTest {
    private static final ArticleConverter CONVERTER = new ArticleConverter();
    private static final Article ARTICLE = new Article("pub", "memory",
            "9月12日至13日，市委召开座谈会。市委书记王建国主持会议。");

    private static Resource event(Model m) {
        List<Resource> events = m.listResourcesWithProperty(RDF.type, KGO.Event).toList();
        assertEquals(1, events.size(), events::toString);
        return events.get(0);
    }

    private static Literal start(ConvertOptions options) {
        return event(CONVERTER.convert(ARTICLE, options)).getRequiredProperty(SchemaDO.startDate).getLiteral();
    }

    @Test
    void withoutAPublicationDateTheYearStaysUnknown() {
        Literal start = start(ConvertOptions.defaults());
        assertEquals("--09-12", start.getLexicalForm());
        assertEquals(XSDDatatype.XSDgMonthDay.getURI(), start.getDatatypeURI());
    }

    @Test
    void thePublicationDateGivesTheYear() {
        ConvertOptions options = ConvertOptions.defaults().withPublished(LocalDate.of(2021, 9, 20));
        Literal start = start(options);
        assertEquals("2021-09-12", start.getLexicalForm());
        assertEquals(XSDDatatype.XSDdate.getURI(), start.getDatatypeURI());
        Resource e = event(CONVERTER.convert(ARTICLE, options));
        assertEquals("2021-09-13", e.getRequiredProperty(SchemaDO.endDate).getLiteral().getLexicalForm());
    }

    @Test
    void aMonthDayAfterThePublicationDateIsInTheYearBefore() {
        assertEquals("2020-09-12", start(ConvertOptions.defaults().withPublished(LocalDate.of(2021, 3, 1))).getLexicalForm());
        // the publication day itself and the day after it
        assertEquals("2021-09-12", start(ConvertOptions.defaults().withPublished(LocalDate.of(2021, 9, 12))).getLexicalForm());
        assertEquals("2020-09-12", start(ConvertOptions.defaults().withPublished(LocalDate.of(2021, 9, 11))).getLexicalForm());
    }

    @Test
    void thePublicationDateIsOnTheArticle() {
        Model m = CONVERTER.convert(ARTICLE, ConvertOptions.defaults().withPublished(LocalDate.of(2021, 9, 20)));
        Resource article = m.createResource(ConvertOptions.DEFAULT_BASE + "pub");
        assertEquals("2021-09-20", article.getRequiredProperty(SchemaDO.datePublished).getString());
        assertNull(CONVERTER.convert(ARTICLE, ConvertOptions.defaults())
                .createResource(ConvertOptions.DEFAULT_BASE + "pub").getProperty(SchemaDO.datePublished));
    }

    @Test
    void aStatedYearIsKeptWhateverThePublicationDate() {
        Article dated = new Article("y", "memory", "2019年9月12日，王建国来到扬州市调研。");
        Model m = CONVERTER.convert(dated, ConvertOptions.defaults().withPublished(LocalDate.of(2021, 3, 1)));
        assertEquals("2019-09-12", event(m).getRequiredProperty(SchemaDO.startDate).getLiteral().getLexicalForm());
    }
}
