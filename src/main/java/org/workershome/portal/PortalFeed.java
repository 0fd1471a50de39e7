package org.workershome.portal;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;
import org.workershome.core.time.Times;

/** RSS 2.0 of the latest articles, for the whole portal or one channel. */
@Component
class PortalFeed {

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(Times.ZONE);

    private final PortalReader reader;

    PortalFeed(PortalReader reader) {
        this.reader = reader;
    }

    String rss(Channel channel) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        List<PortalReader.Card> cards = channel == null ? reader.latest(30) : reader.inChannel(channel, 0, 30).getContent();
        StringBuilder xml = new StringBuilder(8192);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>");
        xml.append("<title>").append(esc(channel == null ? "职工之家" : "职工之家 · " + channel.getName())).append("</title>");
        xml.append("<link>").append(esc(base + (channel == null ? "/" : "/channels/" + channel.getSlug()))).append("</link>");
        xml.append("<description>").append(esc("职工之家新闻")).append("</description><language>zh-cn</language>");
        for (PortalReader.Card card : cards) {
            String link = base + "/articles/" + card.id();
            xml.append("<item><title>").append(esc(card.title())).append("</title>")
                    .append("<link>").append(esc(link)).append("</link>")
                    .append("<guid isPermaLink=\"true\">").append(esc(link)).append("</guid>")
                    .append("<pubDate>").append(RFC_1123.format(card.publishedAt())).append("</pubDate>");
            if (card.channel() != null) {
                xml.append("<category>").append(esc(card.channel().getName())).append("</category>");
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
