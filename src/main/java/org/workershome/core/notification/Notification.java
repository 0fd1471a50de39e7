package org.workershome.core.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
