package org.workershome.training.course;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/** A lesson's text as the HTML stored and shown: plain text, escaped, one paragraph per blank-line-separated block. */
final class LessonText {

    private LessonText() {}

    static String html(String text) {
        return Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(p -> "<p>" + HtmlUtils.htmlEscape(p.strip()).replaceAll("\\R", "<br>") + "</p>")
                .collect(Collectors.joining());
    }
}
