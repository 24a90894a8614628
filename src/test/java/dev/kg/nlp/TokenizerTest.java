package dev.kg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.extract.Lexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static final Tokenizer TOKENIZER = new Tokenizer(Lexicon.standard().dictionaryWords());

    private static final List<String> SAMPLES = List.of(
            "9月12日上午，省委第二巡视组组长王建国率队来到扬州市。",
            "市委书记李红梅主持会议！副市长张伟汇报工作？",
            "市委召开座谈会(记者 王建国 李红梅)\n  如皋市 丁堰镇党委书记张伟出席。",
            "王建国、李红梅等3名委员出席2020年工作会议。");

    private static List<String> words(String text) {
        return TOKENIZER.sentences(text).stream().flatMap(s -> s.tokens().stream()).map(Token::word).toList();
    }

    @Test
    void splitsSentencesAtEndPunctuationAndLineEnds() {
        String text = "王建国来到扬州市。李红梅出席会议！张伟讲话了吗？\n市委召开座谈会\n\n如皋市调研";
        List<String> sentences = TOKENIZER.sentences(text).stream().map(Sentence::text).toList();
        assertEquals(List.of("王建国来到扬州市。", "李红梅出席会议！", "张伟讲话了吗？", "市委召开座谈会", "如皋市调研"),
                sentences);
    }

    @Test
    void sentenceOffsetsPointAtTheirText() {
        for (String text : SAMPLES) {
            List<Sentence> sentences = TOKENIZER.sentences(text);
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                assertEquals(i, s.index());
                assertEquals(s.text(), text.substring(s.start(), s.end()));
                assertFalse(Character.isWhitespace(s.text().charAt(0)), s.text());
            }
        }
    }

    /** HanLP's own invariant, on our offsets: a token's word is the text between its offsets. */
    @Test
    void everyTokenIsTheTextBetweenItsOffsets() {
        for (String text : SAMPLES) {
            for (Sentence s : TOKENIZER.sentences(text)) {
                int previousEnd = s.start();
                for (Token t : s.tokens()) {
                    assertEquals(t.word(), text.substring(t.start(), t.end()), text);
                    assertTrue(t.start() >= previousEnd, () -> "tokens overlap in " + text);
                    assertTrue(t.end() <= s.end());
                    previousEnd = t.end();
                }
            }
        }
    }

    @Test
    void whiteSpaceIsNoToken() {
        for (String text : SAMPLES) {
            for (Sentence s : TOKENIZER.sentences(text)) {
                for (Token t : s.tokens()) {
                    assertFalse(t.word().isBlank(), () -> "blank token in " + s.text());
                    assertFalse(t.word().contains(" "), () -> "token '" + t.word() + "' holds a space");
                }
            }
        }
        assertTrue(words("(记者 王建国 李红梅)").containsAll(List.of("记者", "王建国")));
    }

    @Test
    void lexiconWordsStayWhole() {
        List<String> w = words("巡视组进驻后，党委书记王建国主持召开汇报会。");
        assertTrue(w.contains("巡视组"), w::toString);
        assertTrue(w.contains("党委书记"), w::toString);
        assertTrue(w.contains("汇报会"), w::toString);
    }

    @Test
    void lexiconTitlesGetTheTitleNature() {
        Token title = TOKENIZER.sentences("党委书记王建国出席。").get(0).tokens().get(0);
        assertEquals("党委书记", title.word());
        assertEquals("nnt", title.nature());
    }

    @Test
    void blankTextHasNoSentence() {
        assertTrue(TOKENIZER.sentences(" \n\n  ").isEmpty());
        assertTrue(TOKENIZER.sentences("").isEmpty());
    }
}
