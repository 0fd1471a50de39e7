package org.workershome.core.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.workershome.core.WorkersHomeProperties;

/**
 * E-mails a notification once it has committed, in the recipient's language, on the application's task executor: mail is a courtesy copy
 * of the inbox, so failures are logged and never reach the notifying code. Without a mail sender
 * ({@code spring.mail.host} unset) nothing is sent. A link in the mail is made absolute with
 * {@code workers-home.base-url}; without that setting a relative link is left out, as a mail client cannot follow it.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSenders;
    private final TaskExecutor executor;
    private final String from;
    private final String baseUrl;
    private final MessageSource messages;

    NotificationMailer(ObjectProvider<JavaMailSender> mailSenders,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, WorkersHomeProperties properties,
            MessageSource messages) {
        this.mailSenders = mailSenders;
        this.messages = messages;
        this.executor = executor;
        this.from = properties.mail().from();
        this.baseUrl = checkedBaseUrl(properties.baseUrl());
    }

    /**
     * Mails the notification once the caller's transaction has committed (at once without one). Not an event
     * listener on purpose: a mail is a courtesy copy of the inbox, not worth a row in the event publication registry
     * for every notification of a group commit.
     */
    void afterCommit(NotificationCreated notification) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    created(notification);
                }
            });
        } else {
            created(notification);
        }
    }

    private void created(NotificationCreated notification) {
        JavaMailSender sender = mailSenders.getIfAvailable();
        if (sender == null) {
            return;
        }
        try {
            executor.execute(() -> send(sender, notification));
        } catch (RuntimeException e) {
            log.warn("Could not queue the e-mail of notification {}", notification.notificationId(), e);
        }
    }

    private void send(JavaMailSender sender, NotificationCreated notification) {
        try {
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(notification.email());
            mail.setSubject(notification.subject().render(messages, notification.language()));
            StringBuilder text = new StringBuilder(notification.body() == null ? ""
                    : notification.body().render(messages, notification.language()));
            String link = absoluteLink(baseUrl, notification.link());
            if (link != null) {
                text.append(text.isEmpty() ? "" : "\n\n").append(link);
            }
            mail.setText(text.toString());
            sender.send(mail);
        } catch (RuntimeException e) {
            log.warn("E-mail of notification {} to {} failed: {}", notification.notificationId(),
                    notification.email(), e.toString());
        }
    }

    /** The link as a mail reader can follow it, or null: none, or relative while no base URL is set. */
    static String absoluteLink(String baseUrl, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String trimmed = link.strip();
        if (trimmed.startsWith("https://") || trimmed.startsWith("http://")) {
            return trimmed;
        }
        if (baseUrl.isEmpty()) {
            return null;
        }
        return baseUrl + (trimmed.startsWith("/") ? trimmed : "/" + trimmed);
    }

    /** Empty, or an http(s) URL without a trailing slash; anything else stops the start rather than every mail. */
    static String checkedBaseUrl(String configured) {
        String url = configured == null ? "" : configured.strip();
        if (url.isEmpty()) {
            return "";
        }
        if (!url.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
            throw new IllegalStateException("workers-home.base-url must be an http(s) URL such as https://zgzj.example.cn, not "
                    + configured);
        }
        return url.replaceAll("/+$", "");
    }
}
