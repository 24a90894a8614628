package dev.kg.extract;

import dev.kg.nlp.Sentence;
import dev.kg.nlp.Token;
import dev.kg.nlp.Tokenizer;
import dev.kg.normalize.Normalizer;
import java.util.List;
import java.util.Set;

/** Test helper: the extract stage's view of one sentence, as {@link Extractor}'s first pass sees it. */
final class Chunks {
    static final Lexicon LEXICON = Lexicon.standard();
    private static final Tokenizer TOKENIZER = new Tokenizer(LEXICON.dictionaryWords());

    private Chunks() {}

    /** HanLP's tokens of the first sentence, before any repair. */
    static List<Token> raw(String sentence) {
        return first(sentence).tokens();
    }

    static List<Chunk> of(String sentence) {
        Sentence repaired = new NameRepair(LEXICON).repair(first(sentence), Set.of());
        return new Chunker(LEXICON, Set.of()).chunk(repaired);
    }

    /** Texts of the chunks of one type, in order. */
    static List<String> texts(List<Chunk> chunks, Chunk.Type type) {
        return chunks.stream().filter(c -> c.is(type)).map(Chunk::text).toList();
    }

    static List<String> texts(String sentence, Chunk.Type type) {
        return texts(of(sentence), type);
    }

    /** The chunks as {@code TYPE:text}, for readable failure messages. */
    static String show(List<Chunk> chunks) {
        return chunks.stream().map(c -> c.type() + ":" + c.text()).toList().toString();
    }

    private static Sentence first(String sentence) {
        return TOKENIZER.sentences(Normalizer.normalize(sentence).text()).get(0);
    }
}
