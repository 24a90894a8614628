package dev.kg.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * HanLP segmentation with person, place and organization recognition, split into sentences at
 * {@code 。！？} and line ends. Offsets are those of the normalized text.
 */
public final class Tokenizer {
    private static final String SENTENCE_END = "。！？!?\n";

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
        for (Term term : segment().seg(s)) {
            // HanLP's own offsets are unreliable after its internal normalization; locate each word.
            int at = s.indexOf(term.word, pos);
            if (at < 0) {
                continue;
            }
            tokens.add(new Token(term.word, term.nature == null ? "x" : term.nature.toString(),
                    start + at, start + at + term.word.length()));
            pos = at + term.word.length();
        }
        return new Sentence(index, start, end, s, tokens);
    }

    private static Segment segment() {
        // a new segment per sentence: HanLP segments keep per-instance state and are cheap to build
        return HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true);
    }
}
