package org.workershome.core.notification;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.context.MessageSource;
import org.workershome.core.time.Times;

/**
 * A message in one account's inbox. Not a scoped record: it belongs to an account, not to an org, so every
 * query of {@link Inbox} names the account.
 */
@Entity
@Table(name = "notification")
public class Notification {

    static final int SUBJECT_MAX = 200;
    static final int BODY_MAX = 2000;
    static final int LINK_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    private String subject;
    private String body;
    private String link;
    /** The subject and body as message key and arguments ({@link Text}), rendered in the reader's language. */
    private String subjectText;
    private String bodyText;
    private Instant createdAt;
    private Instant readAt;

    protected Notification() {}

    Notification(Long accountId, String subject, String body, String link, Instant createdAt) {
        this.accountId = accountId;
        this.subject = subject;
        this.body = body;
        this.link = link;
        this.createdAt = createdAt;
    }

    Notification(Long accountId, Text subject, Text body, String link, Instant createdAt, MessageSource messages) {
        this(accountId, cut(subject.render(messages, Times.CHINESE), SUBJECT_MAX),
                body == null ? null : cut(body.render(messages, Times.CHINESE), BODY_MAX), cut(link, LINK_MAX), createdAt);
        this.subjectText = subject.toJson();
        this.bodyText = body == null ? null : body.toJson();
    }

    /** The subject in this language; one stored before texts had keys reads as it was written. */
    public String subjectIn(MessageSource messages, Locale locale) {
        return subjectText == null ? subject : Text.fromJson(subjectText).render(messages, locale);
    }

    public String bodyIn(MessageSource messages, Locale locale) {
        return bodyText == null ? body : Text.fromJson(bodyText).render(messages, locale);
    }

    Text subjectText() {
        return Text.fromJson(subjectText);
    }

    Text bodyText() {
        return Text.fromJson(bodyText);
    }

    String getSubjectJson() { return subjectText; }
    String getBodyJson() { return bodyText; }

    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** Marks it read; reading it again keeps the first time. */
    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long getId() { return id; }
    public Long getAccountId() { return accountId; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public String getLink() { return link; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
}
