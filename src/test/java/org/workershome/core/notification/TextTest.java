package org.workershome.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class TextTest {

    @Test
    void survivesStorageWithNestedTextsNumbersAndQuotes() {
        Text text = Text.of("appeal.notify.new", "SQ2026\"{0}'", 42, Text.of("appeal.category.WAGES"), null);
        assertThat(Text.fromJson(text.toJson())).isEqualTo(text);
        assertThat(text.args()).containsExactly("SQ2026\"{0}'", 42L, Text.of("appeal.category.WAGES"), "");
    }

    @Test
    void rendersNestedTextsInTheSameLanguageAndFallsBackToTheKey() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("a.new", Locale.SIMPLIFIED_CHINESE, "新诉求：{0}（{1}）");
        messages.addMessage("a.new", Locale.ENGLISH, "New appeal: {0} ({1})");
        messages.addMessage("a.wages", Locale.SIMPLIFIED_CHINESE, "工资");
        messages.addMessage("a.wages", Locale.ENGLISH, "wages");
        Text text = Text.of("a.new", "SQ1", Text.of("a.wages"));
        assertThat(text.render(messages, Locale.SIMPLIFIED_CHINESE)).isEqualTo("新诉求：SQ1（工资）");
        assertThat(text.render(messages, Locale.ENGLISH)).isEqualTo("New appeal: SQ1 (wages)");
        assertThat(Text.of("a.unknown").render(messages, Locale.ENGLISH)).isEqualTo("a.unknown");
    }

    @Test
    void refusesAnEmptyKey() {
        assertThatThrownBy(() -> Text.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
