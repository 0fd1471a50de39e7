package org.workershome.portal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleRevisions extends JpaRepository<ArticleRevision, Long> {

    List<ArticleRevision> findByArticleIdOrderByRevisionNoDesc(Long articleId);

    long countByArticleId(Long articleId);
}
