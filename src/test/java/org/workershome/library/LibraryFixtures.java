package org.workershome.library;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.workershome.library.file.EpubWriter;

/** Small real books for the tests, each with unique text so that a test's upload is never another's duplicate. */
public final class LibraryFixtures {

    private LibraryFixtures() {}

    public static byte[] epub(String title, String author, String... paragraphs) {
        String unique = UUID.randomUUID().toString();
        return EpubWriter.write(new EpubWriter.Description(title, author, "测试出版社", "9787010000038", "zh-CN", "2024-05-01"),
                List.of(new EpubWriter.Chapter("第一章", List.of(paragraphs)),
                        new EpubWriter.Chapter("第二章", List.of("第二章的内容。", unique)),
                        new EpubWriter.Chapter("第三章", List.of("第三章的内容。"))),
                DemoBooks.cover(java.awt.Color.GRAY));
    }

    public static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
