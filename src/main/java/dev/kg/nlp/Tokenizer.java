package dev.kg.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HanLP segmentation with person-name recognition, split into sentences at {@code 。！？} and line
 * ends. Offsets are those of the normalized text.
 *
 * <p>HanLP's place and organization recognizers are left off: on this genre they glue function
 * words to names ({@code 及如东县政府}, {@code 对泰州市}); the extract stage builds organizations and
 * places itself from suffixes. Instead, the words of our lexicons (titles, organization suffixes,
 * meeting nouns, division names) go into a custom dictionary of this tokenizer's own, so that HanLP
 * keeps them whole ({@code 巡视组}, not {@code 巡视/组}).
 */
public final class Tokenizer {
    private static final String SENTENCE_END = "。！？!?\n";
    private final DynamicCustomDictionary dictionary;

    /** @param words extra words with their HanLP nature ("nnt", "nis", "ns", …) */
    public Tokenizer(Map<String, String> words) {
        dictionary = new DynamicCustomDictionary(HanLP.Config.CustomDictionaryPath);
        words.forEach((w, nature) -> dictionary.insert(w, nature + " 1000"));
    }

    public Tokenizer() {
        this(Map.of());
    }

    public List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || SENTENCE_END.indexOf(text.charAt(i)) >= 0;
            if (!end) {
                continue;
            }
            int stop = i < text.length() && text.charAt(i) != '\n' ? i + 1 : i;
            if (!text.substring(start, stop).isBlank()) {
                out.add(sentence(out.size(), text, start, stop));
            }
            start = i + 1;
        }
        return out;
    }

    private Sentence sentence(int index, String text, int start, int end) {
        // trim leading white space so that sentence offsets point at text
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        String s = text.substring(start, end);
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        for (Term term : segment(dictionary).seg(s)) {
            // HanLP's own offsets are unreliable after its internal normalization; locate each word.
            int at = s.indexOf(term.word, pos);
            if (at < 0) {
                continue;
            }
            if (term.word.isBlank()) {
                pos = at + term.word.length();
                continue;   // spaces (记者 王某) separate words, they are not words
            }
            tokens.add(new Token(term.word, term.nature == null ? "x" : term.nature.toString(),
                    start + at, start + at + term.word.length()));
            pos = at + term.word.length();
        }
        return new Sentence(index, start, end, s, tokens);
    }

    private static Segment segment(DynamicCustomDictionary dictionary) {
        // a new segment per sentence: HanLP segments keep per-instance state and are cheap to build
        return HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableCustomDictionary(dictionary)
                .enableCustomDictionaryForcing(true);
    }
}
