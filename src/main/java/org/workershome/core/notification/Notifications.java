package org.workershome.core.notification;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;

/**
 * Tells an account something: in its in-app inbox, and by e-mail when mail is configured and the account
 * has an address. The public way for every module to notify anyone.
 */
@Service
public class Notifications {

    private final Inbox inbox;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifications(Inbox inbox, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the notification in the caller's transaction (or a new one). The e-mail is sent after that
     * transaction commits, in the background: a rollback sends nothing, a slow or failing mail server
     * never delays or fails the caller.
     *
     * @param link a path inside the application to open, such as {@code /appeals/42}; may be null
     * @return the id of the stored notification
     */
    @Transactional
    public Long notify(Long accountId, String subject, String body, String link) {
        if (accountId == null) {
            throw InvalidInput.field("accountId", "notification.error.accountRequired");
        }
        return notifyAll(List.of(accountId), subject, body, link).get(0);
    }

    /**
     * The same notification to several accounts (e.g. every handler of an org), with one read of their
     * addresses. Ids in the order given; an unknown account is {@link NotFound}.
     */
    @Transactional
    public List<Long> notifyAll(Collection<Long> accountIds, String subject, String body, String link) {
        return notifyEach(List.of(new Message(List.copyOf(accountIds), subject, body, link)));
    }

    /** One notification to each of {@code accountIds}. */
    public record Message(List<Long> accountIds, String subject, String body, String link) {}

    /**
     * Several notifications with one read of the recipients' addresses and one JDBC batch, in the caller's
     * transaction (e.g. for the records of a {@link org.workershome.core.db.GroupCommit}).
     *
     * @return the ids of the stored notifications, message by message and recipient by recipient
     */
    @Transactional
    public List<Long> notifyEach(List<Message> messages) {
        for (Message message : messages) {
            if (message.subject() == null || message.subject().isBlank()) {
                throw InvalidInput.field("subject", "notification.error.subjectRequired");
            }
        }
        Set<Long> recipients = new LinkedHashSet<>();
        messages.forEach(m -> recipients.addAll(m.accountIds()));
        if (recipients.isEmpty()) {
            return List.of();
        }
        // The account table is read directly: a notification may go to an account outside the caller's scope.
        Map<Long, String> emails = new HashMap<>();
        jdbc.query("select id, email from account where id in (" + String.join(",", Collections.nCopies(recipients.size(), "?")) + ")",
                rs -> {
                    emails.put(rs.getLong(1), rs.getString(2));
                }, recipients.toArray());
        Instant now = clock.instant();
        List<Notification> created = new ArrayList<>();
        for (Message message : messages) {
            for (Long accountId : message.accountIds()) {
                if (!emails.containsKey(accountId)) {
                    throw NotFound.of("account", accountId).get();
                }
                created.add(new Notification(accountId, cut(message.subject().strip(), Notification.SUBJECT_MAX),
                        cut(message.body(), Notification.BODY_MAX), cut(message.link(), Notification.LINK_MAX), now));
            }
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(con -> con.prepareStatement(
                "insert into notification (account_id, subject, body, link, created_at) values (?, ?, ?, ?, ?)",
                new String[] {"id"}), new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        Notification n = created.get(i);
                        ps.setLong(1, n.getAccountId());
                        ps.setString(2, n.getSubject());
                        ps.setString(3, n.getBody());
                        ps.setString(4, n.getLink());
                        ps.setTimestamp(5, Timestamp.from(n.getCreatedAt()));
                    }

                    @Override
                    public int getBatchSize() {
                        return created.size();
                    }
                }, keys);
        List<Long> ids = new ArrayList<>(created.size());
        for (int i = 0; i < created.size(); i++) {
            Notification saved = created.get(i);
            Long id = ((Number) keys.getKeyList().get(i).values().iterator().next()).longValue();
            String email = emails.get(saved.getAccountId());
            if (email != null && !email.isBlank()) {
                events.publishEvent(new NotificationCreated(id, email.strip(), saved.getSubject(), saved.getBody(),
                        saved.getLink()));
            }
            ids.add(id);
        }
        return ids;
    }

    @Transactional(readOnly = true)
    public Page<Notification> inbox(Long accountId, Pageable pageable) {
        return inbox.inboxOf(accountId, pageable);
    }

    @Transactional(readOnly = true)
    public long unreadCount(Long accountId) {
        return inbox.countByAccountIdAndReadAtIsNull(accountId);
    }

    /** Marks one of the account's own notifications read; anyone else's answers {@link NotFound}. */
    @Transactional
    public Notification markRead(Long accountId, Long id) {
        Notification notification = inbox.findByIdAndAccountId(id, accountId).orElseThrow(NotFound.of("notification", id));
        notification.markRead(clock.instant());
        return notification;
    }

    @Transactional
    public int markAllRead(Long accountId) {
        return inbox.markAllRead(accountId, clock.instant());
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
