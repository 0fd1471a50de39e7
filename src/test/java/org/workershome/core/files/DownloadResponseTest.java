package org.workershome.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

class DownloadResponseTest {

    @Test
    void theNameIsOfferedAsAsciiFallbackAndAsUtf8PerRfc5987() {
        String header = DownloadResponse.contentDisposition("工资条 2026;年.png");

        assertThat(header).isEqualTo("attachment; filename=\"___ 2026;_.png\"; filename*=UTF-8''%E5%B7%A5%E8%B5%84%E6%9D%A1%202026%3B%E5%B9%B4.png");
        ContentDisposition parsed = ContentDisposition.parse(header);
        assertThat(parsed.isAttachment()).isTrue();
        assertThat(parsed.getFilename()).as("what a browser reads").isEqualTo("工资条 2026;年.png");
    }

    @Test
    void plainNamesStayAsTheyAre() {
        assertThat(DownloadResponse.contentDisposition("scan-01_v2.pdf"))
                .isEqualTo("attachment; filename=\"scan-01_v2.pdf\"; filename*=UTF-8''scan-01_v2.pdf");
    }

    @Test
    void everyDownloadIsNotSniffedNotCachedAndTypedByItsCheckedContent() {
        var response = DownloadResponse.of("a.png", "image/png", 3, new ByteArrayInputStream(new byte[3]));

        assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(response.getHeaders().getFirst("Content-Type")).isEqualTo("image/png");
        assertThat(response.getHeaders().getContentLength()).isEqualTo(3);
        assertThat(response.getHeaders().getFirst("Content-Disposition")).startsWith("attachment;");
    }
}
