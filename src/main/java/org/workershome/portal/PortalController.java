package org.workershome.portal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.workershome.core.error.NotFound;

/** The public portal: home, channels, articles, topics, search, news calendar, feeds, model deeds. */
@Controller
class PortalController {

    static final int PAGE_SIZE = 20;

    private final PortalReader reader;
    private final PortalSearch search;
    private final PortalFeed feed;

    PortalController(PortalReader reader, PortalSearch search, PortalFeed feed) {
        this.reader = reader;
        this.search = search;
        this.feed = feed;
    }

    @GetMapping("/")
    String home(Model model) {
        chrome(model);
        model.addAttribute("headlines", reader.headlines(6));
        model.addAttribute("pictures", reader.pictures(4));
        model.addAttribute("latest", reader.latest(12));
        model.addAttribute("unionNews", reader.inChannel("gonghui", 8));
        model.addAttribute("indepth", reader.inChannel("lilun", 6));
        model.addAttribute("voices", reader.inChannel("dagong", 6));
        model.addAttribute("topics", reader.topicBlocks(3));
        model.addAttribute("deeds", reader.latestDeeds(5));
        model.addAttribute("rank30", reader.mostRead(30, 10));
        model.addAttribute("month", reader.month(reader.thisMonth()));
        model.addAttribute("leaders", reader.leaders());
        return "portal/home";
    }

    @GetMapping("/channels/{slug}")
    String channel(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Model model) {
        Channel channel = reader.channel(slug);
        chrome(model);
        model.addAttribute("channel", channel);
        model.addAttribute("page", reader.inChannel(channel, Math.max(0, page), PAGE_SIZE));
        return "portal/channel";
    }

    @GetMapping("/articles/{id:\\d+}")
    String article(@PathVariable Long id, Model model) {
        PortalReader.Detail detail = reader.article(id);
        chrome(model);
        model.addAttribute("d", detail);
        return "portal/article";
    }

    @GetMapping("/topics/{slug}")
    String topic(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Model model) {
        Topic topic = reader.topic(slug);
        chrome(model);
        model.addAttribute("topic", topic);
        model.addAttribute("page", reader.inTopic(topic, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("deeds", reader.deedsOf(topic));
        return "portal/topic";
    }

    @GetMapping("/deeds/{id:\\d+}")
    String deed(@PathVariable Long id, Model model) {
        chrome(model);
        model.addAttribute("deed", reader.deed(id));
        return "portal/deed";
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "relevance") String sort, @RequestParam(required = false) String channel,
            Model model) {
        chrome(model);
        Long channelId = null;
        if (channel != null && !channel.isBlank()) {
            channelId = reader.channel(channel).getId();
        }
        model.addAttribute("results", search.search(q, page, "date".equals(sort), channelId));
        model.addAttribute("channelSlug", channel);
        model.addAttribute("sort", "date".equals(sort) ? "date" : "relevance");
        return "portal/search";
    }

    @GetMapping("/calendar/{day:\\d{4}-\\d{2}-\\d{2}}")
    String day(@PathVariable String day, Model model) {
        LocalDate date = parse(() -> LocalDate.parse(day), day);
        chrome(model);
        model.addAttribute("day", date);
        model.addAttribute("articles", reader.on(date));
        model.addAttribute("month", reader.month(YearMonth.from(date)));
        return "portal/calendar";
    }

    @GetMapping("/calendar/{month:\\d{4}-\\d{2}}")
    String month(@PathVariable String month, Model model) {
        YearMonth ym = parse(() -> YearMonth.parse(month), month);
        chrome(model);
        model.addAttribute("day", null);
        model.addAttribute("articles", List.of());
        model.addAttribute("month", reader.month(ym));
        return "portal/calendar";
    }

    @GetMapping(value = "/feed.xml", produces = "application/rss+xml;charset=UTF-8")
    ResponseEntity<String> feed() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/rss+xml;charset=UTF-8"))
                .body(feed.rss(null));
    }

    @GetMapping(value = "/channels/{slug}/feed.xml", produces = "application/rss+xml;charset=UTF-8")
    ResponseEntity<String> channelFeed(@PathVariable String slug) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/rss+xml;charset=UTF-8"))
                .body(feed.rss(reader.channel(slug)));
    }

    private void chrome(Model model) {
        model.addAttribute("channels", reader.channels());
        model.addAttribute("links", reader.links());
        model.addAttribute("rank7", reader.mostRead(7, 8));
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String value) {
        try {
            return parser.get();
        } catch (DateTimeParseException e) {
            throw new NotFound("day", value);
        }
    }

    static int pages(Page<?> page) {
        return page.getTotalPages();
    }
}
