package org.workershome.portal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Articles extends JpaRepository<Article, Long> {

    String VISIBLE = "a.status = org.workershome.portal.ArticleStatus.PUBLISHED and a.publishedAt <= :now";

    @Query("select a from Article a where " + VISIBLE + " order by a.publishedAt desc, a.id desc")
    List<Article> latest(Instant now, Pageable page);

    @Query("select a from Article a where " + VISIBLE + " and a.headline = true order by a.publishedAt desc, a.id desc")
    List<Article> headlines(Instant now, Pageable page);

    @Query("select a from Article a where " + VISIBLE + " and a.leadImageId is not null order by a.publishedAt desc, a.id desc")
    List<Article> withPictures(Instant now, Pageable page);

    @Query("select a from Article a where " + VISIBLE + " and a.channelId = :channelId order by a.publishedAt desc, a.id desc")
    Page<Article> inChannel(Long channelId, Instant now, Pageable page);

    @Query("select a from Article a join a.topics t where " + VISIBLE + " and t.id = :topicId order by a.publishedAt desc, a.id desc")
    Page<Article> inTopic(Long topicId, Instant now, Pageable page);

    @Query("select a.id, t from Article a join a.topics t where a.id in :ids and t.visible = true order by t.position, t.id")
    List<Object[]> visibleTopicsOf(java.util.Collection<Long> ids);

    @Query("select a from Article a where " + VISIBLE + " and a.publishedAt >= :from and a.publishedAt < :to order by a.publishedAt desc, a.id desc")
    List<Article> publishedBetween(Instant from, Instant to, Instant now);

    @Query("select a.publishedAt from Article a where " + VISIBLE + " and a.publishedAt >= :from and a.publishedAt < :to")
    List<Instant> publishTimesBetween(Instant from, Instant to, Instant now);

    @Query("select min(a.publishedAt) from Article a where a.status = org.workershome.portal.ArticleStatus.PUBLISHED and a.publishedAt > :now")
    Instant nextScheduledAfter(Instant now);

    @Query("select max(a.updatedAt) from Article a")
    Instant lastChange();

    List<Article> findByStatusOrderByUpdatedAtDesc(ArticleStatus status, Pageable page);

    List<Article> findByCreatedByOrderByUpdatedAtDesc(Long createdBy, Pageable page);

    List<Article> findByIdIn(List<Long> ids);

    boolean existsByTitle(String title);
}
