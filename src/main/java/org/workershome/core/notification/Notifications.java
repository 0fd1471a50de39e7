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

import org.springframework.context.MessageSource;
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
    private final NotificationMailer mailer;
    private final Clock clock;
    private final MessageSource messageSource;

    Notifications(Inbox inbox, JdbcTemplate jdbc, NotificationMailer mailer, Clock clock,
            MessageSource messageSource) {
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.clock = clock;
        this.messageSource = messageSource;
    }

    /**
     * Stores the notification in the caller's transaction (or a new one). Subject and body are message keys with
     * arguments, rendered in each reader's language: in the inbox the reader's, in the e-mail the recipient's chosen
     * language. The e-mail is sent after that transaction commits, in the background: a rollback sends nothing, a
     * slow or failing mail server never delays or fails the caller.
     *
     * @param body may be null
     * @param link a path inside the application to open, such as {@code /appeals/42}; may be null
     * @return the id of the stored notification
     */
    @Transactional
    public Long notify(Long accountId, Text subject, Text body, String link) {
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
    public List<Long> notifyAll(Collection<Long> accountIds, Text subject, Text body, String link) {
        return notifyEach(List.of(new Message(List.copyOf(accountIds), subject, body, link)));
    }

    /** One notification to each of {@code accountIds}. */
    public record Message(List<Long> accountIds, Text subject, Text body, String link) {}

    /**
     * Several notifications with one read of the recipients' addresses and one JDBC batch, in the caller's
     * transaction (e.g. for the records of a {@link org.workershome.core.db.GroupCommit}).
     *
     * @return the ids of the stored notifications, message by message and recipient by recipient
     */
    @Transactional
    public List<Long> notifyEach(List<Message> messages) {
        for (Message message : messages) {
            if (message.subject() == null) {
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
        Map<Long, String> languages = new HashMap<>();
        jdbc.query("select id, email, preferred_language from account where id in ("
                + String.join(",", Collections.nCopies(recipients.size(), "?")) + ")",
                rs -> {
                    emails.put(rs.getLong(1), rs.getString(2));
                    languages.put(rs.getLong(1), rs.getString(3));
                }, recipients.toArray());
        Instant now = clock.instant();
        List<Notification> created = new ArrayList<>();
        for (Message message : messages) {
            for (Long accountId : message.accountIds()) {
                if (!emails.containsKey(accountId)) {
                    throw NotFound.of("account", accountId).get();
                }
                created.add(new Notification(accountId, message.subject(), message.body(), message.link(), now,
                        messageSource));
            }
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(con -> con.prepareStatement("""
                insert into notification (account_id, subject, body, link, subject_text, body_text, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"}), new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        Notification n = created.get(i);
                        ps.setLong(1, n.getAccountId());
                        ps.setString(2, n.getSubject());
                        ps.setString(3, n.getBody());
                        ps.setString(4, n.getLink());
                        ps.setString(5, n.getSubjectJson());
                        ps.setString(6, n.getBodyJson());
                        ps.setTimestamp(7, Timestamp.from(n.getCreatedAt()));
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
                mailer.afterCommit(new NotificationCreated(id, email.strip(), saved.subjectText(), saved.bodyText(),
                        saved.getLink(), Languages.of(languages.get(saved.getAccountId()))));
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

}
