package dev.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.vocab.KGO;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddressesTest {
    private final Addresses addresses = new Addresses("https://w3id.org/kgnews/id/");

    @Test
    void aPathUnderTheBasePathIsTheIriWhateverTheHost() {
        assertEquals(Optional.of("https://w3id.org/kgnews/id/x/person/y"), addresses.iri("/kgnews/id/x/person/y"));
        assertEquals(Optional.of(KGO.TITLES_NS + "zu-zhang"), addresses.iri("/kgnews/titles/zu-zhang"));
        assertEquals(Optional.empty(), addresses.iri("/elsewhere/x"));
    }

    @Test
    void documentsOfAnIriAndOfAHashIri() {
        assertEquals(Optional.of("/page/kgnews/id/x/person/y"), addresses.page("https://w3id.org/kgnews/id/x/person/y"));
        assertEquals(Optional.of("/data/kgnews/id/x/person/y.ttl"), addresses.data("https://w3id.org/kgnews/id/x/person/y", "ttl"));
        assertEquals(Optional.of("/page/kgnews/id/x#char=1,3"), addresses.page("https://w3id.org/kgnews/id/x#char=1,3"));
        assertEquals(Optional.of("/data/kgnews/id/x.nt"), addresses.data("https://w3id.org/kgnews/id/x#char=1,3", "nt"));
        assertEquals(Optional.empty(), addresses.page("http://xmlns.com/foaf/0.1/Person"));
        assertFalse(addresses.served("http://xmlns.com/foaf/0.1/Person"));
        assertTrue(addresses.served("https://w3id.org/kgnews/id/x#char=1,3"));
    }

    @Test
    void aChineseArticleIdIsPercentEncodedInLinksAndDecodedBack() {
        String iri = "https://w3id.org/kgnews/id/徐州 2005";
        String page = addresses.page(iri).orElseThrow();
        assertEquals("/page/kgnews/id/%E5%BE%90%E5%B7%9E%202005", page);
        assertEquals(Optional.of(iri), addresses.iri(java.net.URI.create(page).getPath().substring(Addresses.PAGE.length())));
    }

    @Test
    void aBaseOfAnotherHostAndPathIsServedAtItsPath() {
        Addresses other = new Addresses("http://example.org/news/");
        assertEquals(Optional.of("http://example.org/news/a"), other.iri("/news/a"));
        assertEquals(Optional.empty(), other.iri("/kgnews/id/a"));
    }
}
