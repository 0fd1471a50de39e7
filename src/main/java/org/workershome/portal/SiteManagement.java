package org.workershome.portal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.error.InvalidInput;

/** The chief editor's site blocks: channels, topics, friendly links and the leadership list. All audited. */
@Service
public class SiteManagement {

    private final Channels channels;
    private final Topics topics;
    private final Links links;
    private final Leaders leaders;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Access access;

    SiteManagement(Channels channels, Topics topics, Links links, Leaders leaders, AuditTrail audit,
            ApplicationEventPublisher events, Access access) {
        this.access = access;
        this.channels = channels;
        this.topics = topics;
        this.links = links;
        this.leaders = leaders;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public Topic addTopic(CurrentUser user, String slug, String title, String summary, boolean featured) {
        access.require(user, PortalModule.ADMINISTER);
        if (slug == null || !slug.matches("[a-z0-9-]{2,60}") || title == null || title.isBlank()) {
            throw InvalidInput.field("slug", "portal.error.slug");
        }
        Topic topic = topics.save(new Topic(slug, title.strip(), summary, (int) topics.count() * 10 + 10, featured));
        changed(user, "PORTAL_TOPIC_CREATE", "portal_topic", topic.getId(), title);
        return topic;
    }

    @Transactional
    public void editTopic(CurrentUser user, Long id, String title, int position, boolean featured, boolean visible) {
        access.require(user, PortalModule.ADMINISTER);
        if (title == null || title.isBlank() || title.length() > 200) {
            throw InvalidInput.field("title", "portal.error.topicTitle");
        }
        topics.findById(id).orElseThrow(org.workershome.core.error.NotFound.of("topic", id))
                .edit(title.strip(), position, featured, visible);
        changed(user, "PORTAL_TOPIC_UPDATE", "portal_topic", id, title);
    }

    @Transactional
    public Link addLink(CurrentUser user, String name, String url) {
        access.require(user, PortalModule.ADMINISTER);
        if (name == null || name.isBlank() || url == null || !url.matches("https?://\\S{3,290}")) {
            throw InvalidInput.field("url", "portal.error.url");
        }
        Link link = links.save(new Link(name.strip(), url.strip(), (int) links.count() * 10 + 10));
        changed(user, "PORTAL_LINK_CREATE", "portal_link", link.getId(), name);
        return link;
    }

    @Transactional
    public void removeLink(CurrentUser user, Long id) {
        access.require(user, PortalModule.ADMINISTER);
        links.deleteById(id);
        changed(user, "PORTAL_LINK_DELETE", "portal_link", id, null);
    }

    @Transactional
    public Leader addLeader(CurrentUser user, String name, String title) {
        access.require(user, PortalModule.ADMINISTER);
        if (name == null || name.isBlank() || name.length() > 20 || title == null || title.isBlank()) {
            throw InvalidInput.field("name", "portal.error.leader");
        }
        Leader leader = leaders.save(new Leader(name.strip(), title.strip(), (int) leaders.count() * 10 + 10));
        changed(user, "PORTAL_LEADER_CREATE", "portal_leader", leader.getId(), name);
        return leader;
    }

    @Transactional
    public void removeLeader(CurrentUser user, Long id) {
        access.require(user, PortalModule.ADMINISTER);
        leaders.deleteById(id);
        changed(user, "PORTAL_LEADER_DELETE", "portal_leader", id, null);
    }

    @Transactional
    public void editChannel(CurrentUser user, Long id, String name, int position, boolean visible) {
        access.require(user, PortalModule.ADMINISTER);
        if (name == null || name.isBlank() || name.length() > 40) {
            throw InvalidInput.field("name", "portal.error.channelName");
        }
        channels.findById(id).orElseThrow(org.workershome.core.error.NotFound.of("channel", id)).edit(name.strip(), position, visible);
        changed(user, "PORTAL_CHANNEL_UPDATE", "portal_channel", id, name);
    }

    private void changed(CurrentUser user, String action, String type, Long id, String detail) {
        audit.record(action, type, id, null, detail);
        events.publishEvent(new PortalChanged(type, id));
    }
}
