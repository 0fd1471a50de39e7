package org.workershome.portal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;
import org.workershome.core.error.NotFound;

/** What the public pages show: only published articles whose time has come. */
@Service
public class PortalReader {

    public record Card(Long id, String title, String summary, Instant publishedAt, Channel channel, PortalImage image) {
    }

    public record Ranked(Card card, long views) {
    }

    public record Detail(Article article, Channel channel, List<Topic> topics, PortalImage image) {
    }

    public record TopicBlock(Topic topic, List<Card> latest) {
    }

    public record Day(LocalDate date, boolean inMonth, int count) {
    }

    public record Month(YearMonth month, List<List<Day>> weeks) {
        public YearMonth previous() { return month.minusMonths(1); }
        public YearMonth next() { return month.plusMonths(1); }
    }

    private final Articles articles;
    private final Channels channels;
    private final Topics topics;
    private final PortalImages images;
    private final Links links;
    private final Leaders leaders;
    private final Deeds deeds;
    private final ViewCounter views;
    private final Clock clock;

    PortalReader(Articles articles, Channels channels, Topics topics, PortalImages images, Links links, Leaders leaders,
            Deeds deeds, ViewCounter views, Clock clock) {
        this.articles = articles;
        this.channels = channels;
        this.topics = topics;
        this.images = images;
        this.links = links;
        this.leaders = leaders;
        this.deeds = deeds;
        this.views = views;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Channel> channels() {
        return channels.findByVisibleTrueOrderByPositionAsc();
    }

    @Transactional(readOnly = true)
    public Channel channel(String slug) {
        return channels.findBySlug(slug).orElseThrow(NotFound.of("channel", slug));
    }

    @Transactional(readOnly = true)
    public Topic topic(String slug) {
        return topics.findBySlugAndVisibleTrue(slug).orElseThrow(NotFound.of("topic", slug));
    }

    @Transactional(readOnly = true)
    public List<Topic> featuredTopics() {
        return topics.findByVisibleTrueOrderByPositionAsc().stream().filter(Topic::isFeatured).toList();
    }

    /** The hot topics, each with its latest articles (the home page's 热点专题). */
    @Transactional(readOnly = true)
    public List<TopicBlock> topicBlocks(int perTopic) {
        return featuredTopics().stream()
                .map(t -> new TopicBlock(t, inTopic(t, 0, perTopic).getContent())).toList();
    }

    @Transactional(readOnly = true)
    public List<Link> links() {
        return links.findAllByOrderByPositionAsc();
    }

    @Transactional(readOnly = true)
    public List<Leader> leaders() {
        return leaders.findAllByOrderByPositionAsc();
    }

    @Transactional(readOnly = true)
    public List<Card> latest(int n) {
        return cards(articles.latest(now(), PageRequest.of(0, n)));
    }

    @Transactional(readOnly = true)
    public List<Card> headlines(int n) {
        return cards(articles.headlines(now(), PageRequest.of(0, n)));
    }

    @Transactional(readOnly = true)
    public List<Card> pictures(int n) {
        return cards(articles.withPictures(now(), PageRequest.of(0, n)));
    }

    @Transactional(readOnly = true)
    public Page<Card> inChannel(Channel channel, int page, int size) {
        Page<Article> found = articles.inChannel(channel.getId(), now(), PageRequest.of(page, size));
        List<Card> cards = cards(found.getContent());
        return found.map(a -> cards.stream().filter(c -> c.id().equals(a.getId())).findFirst().orElseThrow());
    }

    @Transactional(readOnly = true)
    public List<Card> inChannel(String slug, int n) {
        return channels.findBySlug(slug).map(c -> inChannel(c, 0, n).getContent()).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Page<Card> inTopic(Topic topic, int page, int size) {
        Page<Article> found = articles.inTopic(topic.getId(), now(), PageRequest.of(page, size));
        List<Card> cards = cards(found.getContent());
        return found.map(a -> cards.stream().filter(c -> c.id().equals(a.getId())).findFirst().orElseThrow());
    }

    @Transactional(readOnly = true)
    public Detail article(Long id) {
        Article article = articles.findById(id).filter(a -> a.isVisibleAt(now())).orElseThrow(NotFound.of("article", id));
        Channel channel = channels.findById(article.getChannelId()).orElse(null);
        PortalImage image = article.getLeadImageId() == null ? null : images.findById(article.getLeadImageId()).orElse(null);
        List<Topic> shown = article.getTopics().stream().filter(Topic::isVisible)
                .sorted(java.util.Comparator.comparingInt(Topic::getPosition)).toList();
        return new Detail(article, channel, shown, image);
    }

    @Transactional(readOnly = true)
    public List<Card> byIds(List<Long> ids) {
        Map<Long, Article> found = articles.findByIdIn(ids).stream()
                .filter(a -> a.isVisibleAt(now())).collect(Collectors.toMap(Article::getId, Function.identity()));
        return cards(ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList());
    }

    @Transactional(readOnly = true)
    public List<Ranked> mostRead(int days, int n) {
        List<Object[]> rows = views.mostRead(days, n);
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, Card> cards = byIds(ids).stream().collect(Collectors.toMap(Card::id, Function.identity()));
        List<Ranked> ranked = new ArrayList<>();
        for (Object[] row : rows) {
            Card card = cards.get((Long) row[0]);
            if (card != null) {
                ranked.add(new Ranked(card, ((Number) row[1]).longValue()));
            }
        }
        return ranked;
    }

    @Transactional(readOnly = true)
    public List<Card> on(LocalDate day) {
        Instant from = day.atStartOfDay(Times.ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(Times.ZONE).toInstant();
        return cards(articles.publishedBetween(from, to, now()));
    }

    @Transactional(readOnly = true)
    public Month month(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(Times.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(Times.ZONE).toInstant();
        Map<LocalDate, Integer> counts = new HashMap<>();
        for (Instant t : articles.publishTimesBetween(from, to, now())) {
            counts.merge(LocalDate.ofInstant(t, Times.ZONE), 1, Integer::sum);
        }
        LocalDate start = month.atDay(1);
        while (start.getDayOfWeek() != DayOfWeek.MONDAY) {
            start = start.minusDays(1);
        }
        List<List<Day>> weeks = new ArrayList<>();
        LocalDate d = start;
        while (d.isBefore(month.plusMonths(1).atDay(1))) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                week.add(new Day(d, YearMonth.from(d).equals(month), counts.getOrDefault(d, 0)));
                d = d.plusDays(1);
            }
            weeks.add(week);
        }
        return new Month(month, weeks);
    }

    public YearMonth thisMonth() {
        return YearMonth.from(ZonedDateTime.ofInstant(now(), Times.ZONE));
    }

    /** Approved deeds of a topic; read as the system because the public sees deeds of every org. */
    public List<Deed> deedsOf(Topic topic) {
        return Scopes.asSystem(() -> deeds.findByStatusAndTopicIdOrderByDecidedAtDesc(DeedStatus.APPROVED, topic.getId()));
    }

    public List<Deed> latestDeeds(int n) {
        // public read: visitors see approved deeds of every org
        return Scopes.asSystem(() -> deeds.findByStatusOrderByNominatedAtDesc(DeedStatus.APPROVED)).stream().limit(n).toList();
    }

    public Deed deed(Long id) {
        // public read: an approved deed's page is open to visitors, whatever its org
        return Scopes.asSystem(() -> deeds.findById(id)).filter(d -> d.getStatus() == DeedStatus.APPROVED)
                .orElseThrow(NotFound.of("deed", id));
    }

    /** The visible topics of each of these articles, in topic order (the feeds' categories). */
    @Transactional(readOnly = true)
    public Map<Long, List<Topic>> visibleTopicsOf(List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Topic>> byArticle = new HashMap<>();
        for (Object[] row : articles.visibleTopicsOf(articleIds)) {
            byArticle.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Topic) row[1]);
        }
        return byArticle;
    }

    private List<Card> cards(List<Article> list) {
        Map<Long, Channel> byId = channels.findAll().stream().collect(Collectors.toMap(Channel::getId, Function.identity()));
        List<Long> imageIds = list.stream().map(Article::getLeadImageId).filter(java.util.Objects::nonNull).toList();
        Map<Long, PortalImage> imgs = imageIds.isEmpty() ? Map.of()
                : images.findAllById(imageIds).stream().collect(Collectors.toMap(PortalImage::getId, Function.identity()));
        return list.stream().map(a -> new Card(a.getId(), a.getTitle(), a.getSummary(), a.getPublishedAt(),
                byId.get(a.getChannelId()), a.getLeadImageId() == null ? null : imgs.get(a.getLeadImageId()))).toList();
    }

    private Instant now() {
        return clock.instant();
    }
}
