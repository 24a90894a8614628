package dev.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleBenchTest {
    @Test
    void repeatsTheTextOneCopyAParagraphWithinTheSizeAtACodePoint() {
        String article = ArticleBench.articleOf(" 徐州市a ", 19);
        assertEquals("徐州市a\n徐州", article); // 10 + 1 + 6 bytes; 市 (3 more) would pass 19
        assertEquals(17, article.getBytes(StandardCharsets.UTF_8).length);
    }
}
