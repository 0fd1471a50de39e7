package org.workershome.portal;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Views of one article on one day, added up in batches by {@link ViewCounter}. */
@Entity
@Table(name = "portal_article_view")
public class ArticleView {

    @Embeddable
    public record Key(Long articleId, LocalDate viewDay) implements Serializable {
    }

    @EmbeddedId
    private Key key;
    private long views;

    protected ArticleView() {
    }

    ArticleView(Key key, long views) {
        this.key = key;
        this.views = views;
    }

    void add(long more) {
        views += more;
    }

    public Key getKey() { return key; }
    public long getViews() { return views; }
}
