package org.workershome.portal;

import java.time.format.DateTimeFormatter;
import java.util.List;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;
import org.workershome.core.time.Times;

/** RSS 2.0 of the latest articles, for the whole portal or one channel. */
@Component
class PortalFeed {

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(Times.ZONE);

    private final PortalReader reader;
    private final MessageSource messages;

    PortalFeed(PortalReader reader, MessageSource messages) {
        this.reader = reader;
        this.messages = messages;
    }

    /**
     * A feed reader sends no cookie but often Accept-Language: English when ?lang=en, the lang cookie or (neither
     * given) Accept-Language asks for it. PortalCache keys feeds by the same answer.
     */
    static boolean english(HttpServletRequest request) {
        String param = request.getParameter("lang");
        if (param != null) {
            return param.startsWith("en");
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals("lang")) {
                    return cookie.getValue().startsWith("en");
                }
            }
        }
        return request.getHeader("Accept-Language") != null && request.getLocale().getLanguage().equals("en");
    }

    String rss(Channel channel) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        boolean english = english(((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
        Locale locale = english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        String site = messages.getMessage("app.name", null, locale);
        List<PortalReader.Card> cards = channel == null ? reader.latest(30) : reader.inChannel(channel, 0, 30).getContent();
        StringBuilder xml = new StringBuilder(8192);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>");
        xml.append("<title>").append(esc(channel == null ? site : site + " · " + channel.getName())).append("</title>");
        xml.append("<link>").append(esc(base + (channel == null ? "/" : "/channels/" + channel.getSlug()))).append("</link>");
        xml.append("<description>").append(esc(messages.getMessage("portal.feed.description", null, locale)))
                .append("</description><language>").append(english ? "en" : "zh-cn").append("</language>");
        Map<Long, List<Topic>> topics = reader.visibleTopicsOf(cards.stream().map(PortalReader.Card::id).toList());
        for (PortalReader.Card card : cards) {
            String link = base + "/articles/" + card.id();
            xml.append("<item><title>").append(esc(card.title())).append("</title>")
                    .append("<link>").append(esc(link)).append("</link>")
                    .append("<guid isPermaLink=\"true\">").append(esc(link)).append("</guid>")
                    .append("<pubDate>").append(RFC_1123.format(card.publishedAt())).append("</pubDate>");
            if (card.channel() != null) {
                xml.append("<category>").append(esc(card.channel().getName())).append("</category>");
            }
            for (Topic topic : topics.getOrDefault(card.id(), List.of())) {
                xml.append("<category>").append(esc(topic.getTitle())).append("</category>");
            }
            xml.append("<description>").append(esc(card.summary())).append("</description></item>");
        }
        xml.append("</channel></rss>");
        return xml.toString();
    }

    private static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
