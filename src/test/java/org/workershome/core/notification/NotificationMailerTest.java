package org.workershome.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The link rules of mails; that a mail carries the absolute link is shown end to end in {@link NotificationsTest}. */
class NotificationMailerTest {

    @Test
    void relativeLinksAreLeftOutWithoutABaseUrlAndMadeAbsoluteWithOne() {
        assertThat(NotificationMailer.absoluteLink("", "/appeals/SQ1")).isNull();
        assertThat(NotificationMailer.absoluteLink("", null)).isNull();
        assertThat(NotificationMailer.absoluteLink("", "https://other.example/x")).isEqualTo("https://other.example/x");
        String base = NotificationMailer.checkedBaseUrl(" https://zgzj.example.cn/zgzj/ ");
        assertThat(NotificationMailer.absoluteLink(base, "/appeals/SQ1")).isEqualTo("https://zgzj.example.cn/zgzj/appeals/SQ1");
        assertThat(NotificationMailer.absoluteLink(base, "me")).isEqualTo("https://zgzj.example.cn/zgzj/me");
        assertThat(NotificationMailer.absoluteLink(base, " ")).isNull();
    }

    @Test
    void aBaseUrlThatIsNoHttpUrlStopsTheStart() {
        assertThat(NotificationMailer.checkedBaseUrl("")).isEmpty();
        assertThat(NotificationMailer.checkedBaseUrl(null)).isEmpty();
        assertThat(NotificationMailer.checkedBaseUrl("http://10.0.0.5:8080")).isEqualTo("http://10.0.0.5:8080");
        assertThatThrownBy(() -> NotificationMailer.checkedBaseUrl("zgzj.example.cn"))
                .hasMessageContaining("workers-home.base-url");
        assertThatThrownBy(() -> NotificationMailer.checkedBaseUrl("https://zgzj.example.cn/?a=1"))
                .isInstanceOf(IllegalStateException.class);
    }
}
