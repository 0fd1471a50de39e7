package org.workershome.portal;

/** What an editor writes; the body is already sanitised when it reaches an article. */
public record ArticleContent(String title, String subtitle, String leadBox, String author, String source,
        String editorName, String body, boolean headline, Long leadImageId) {
}
