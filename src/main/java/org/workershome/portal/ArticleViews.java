package org.workershome.portal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArticleViews extends JpaRepository<ArticleView, ArticleView.Key> {

    /** Article ids with their views since {@code from}, most read first. */
    @Query("""
            select v.key.articleId, sum(v.views) from ArticleView v, Article a
            where a.id = v.key.articleId and a.status = org.workershome.portal.ArticleStatus.PUBLISHED
              and v.key.viewDay >= :from
            group by v.key.articleId order by sum(v.views) desc""")
    List<Object[]> mostRead(LocalDate from, Pageable page);

    @Query("select coalesce(sum(v.views), 0) from ArticleView v where v.key.articleId = :articleId")
    long totalOf(Long articleId);
}
