package org.workershome.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;

/** An upload over the 60 MB hard cap gets the "file too large" answer, not the generic error page. */
@IntegrationTest
class OversizedUploadTest {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final byte[] body = new byte[61 * 1024 * 1024];

    @Test
    void aPageUploadOverTheCapGetsTheTooLargePage() throws Exception {
        HttpResponse<String> page = post("/appeals", "zh-CN");
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("文件过大", "超过了系统允许的上限").doesNotContain("Exception");
    }

    @Test
    void anApiUploadOverTheCapGetsATooLargeProblem() throws Exception {
        HttpResponse<String> problem = post("/api/v1/appeals/SQ20260101-000001/attachments", "zh-CN");
        assertThat(problem.statusCode()).isEqualTo(413);
        assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(problem.body()).contains("\"code\":\"tooLarge\"", "超过了系统允许的上限");
    }

    private HttpResponse<String> post(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=----x").header("Accept-Language", language).header("Accept", "text/html,*/*")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
