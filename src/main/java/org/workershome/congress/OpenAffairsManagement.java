package org.workershome.congress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.member.Member;
import org.workershome.core.member.Members;
import org.workershome.core.org.Orgs;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;

/**
 * Open affairs (厂务公开) and consultations (征求意见): published by the managers of a congress's org, read by
 * every worker of that org's subtree — self-only accounts included, through the {@link Audience#UNIT_WORKERS}
 * filter of {@link Notice} and {@link Consultation}.
 */
@Service
public class OpenAffairsManagement {

    private final Notices notices;
    private final NoticeReads reads;
    private final Consultations consultations;
    private final ConsultationParagraphs paragraphs;
    private final ConsultationComments comments;
    private final CongressManagement congress;
    private final Members members;
    private final Orgs orgs;
    private final Clock clock;

    OpenAffairsManagement(Notices notices, NoticeReads reads, Consultations consultations,
            ConsultationParagraphs paragraphs, ConsultationComments comments, CongressManagement congress,
            Members members, Orgs orgs, Clock clock) {
        this.notices = notices;
        this.reads = reads;
        this.consultations = consultations;
        this.paragraphs = paragraphs;
        this.comments = comments;
        this.congress = congress;
        this.members = members;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** How many of the unit's workers confirmed a notice. */
    public record Readership(long read, long workers, double share) {}

    // ---------------------------------------------------------------- notices

    @Transactional
    public Notice publish(CurrentUser user, Long orgId, NoticeCategory category, String title, String body) {
        congress.requireManager(user, orgId);
        if (category == null) {
            throw InvalidInput.field("category", "congress.field.required");
        }
        if (title == null || title.isBlank() || body == null || body.isBlank()) {
            throw InvalidInput.field(title == null || title.isBlank() ? "title" : "body", "congress.field.required");
        }
        return notices.save(new Notice(orgId, category, title.strip(), body.strip(), user.displayName(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Notice> notices() {
        return notices.findAllByOrderByPublishedAtDesc();
    }

    @Transactional(readOnly = true)
    public Notice notice(Long id) {
        return notices.findById(id).orElseThrow(NotFound.of("notice", id));
    }

    /** The worker confirms having read the notice; a second confirmation changes nothing. */
    @Transactional
    public void confirmRead(CurrentUser user, Long noticeId) {
        Notice notice = notice(noticeId);
        if (user.memberId() == null) {
            throw new BusinessException(HttpStatus.FORBIDDEN, "congress.error.notWorker");
        }
        if (reads.existsByNoticeIdAndMemberId(notice.getId(), user.memberId())) {
            return;
        }
        Member member = Scopes.asSystem(() -> members.findById(user.memberId())).orElseThrow();
        reads.save(new NoticeRead(notice.getId(), member.getId(), member.getOrgId(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public Set<Long> readBy(CurrentUser user) {
        return user.memberId() == null ? Set.of() : Set.copyOf(reads.noticeIdsReadBy(user.memberId()));
    }

    /** Share of the workers of the notice's org (and below) who confirmed reading it. */
    @Transactional(readOnly = true)
    public Readership readership(Notice notice) {
        return Scopes.asSystem(() -> {
            long read = reads.countByNoticeId(notice.getId());
            String path = orgs.findById(notice.getOrgId()).orElseThrow().getPath();
            long workers = members.countInSubtree(path);
            return new Readership(read, workers, workers == 0 ? 0 : Math.round(read * 1000.0 / workers) / 10.0);
        });
    }

    /** The notices the worker can see (his unit's and those above it), unread first, each group newest first. */
    @Transactional(readOnly = true)
    public List<Notice> noticesForMe(CurrentUser user) {
        Set<Long> read = readBy(user);
        return notices.findAllByOrderByPublishedAtDesc().stream()
                .sorted(java.util.Comparator.comparing((Notice n) -> read.contains(n.getId()))).toList();
    }

    /** One worker who has not confirmed reading: the name masked as in every list, and his org. */
    public record Unread(String maskedName, Long orgId) {}

    /**
     * Who of the notice's org (and below) has not confirmed reading it yet — for the congress's managers only (403).
     * Names are masked ({@code 张**}) as in the app's other lists; the cadre reminds by org, not by full name.
     */
    @Transactional(readOnly = true)
    public List<Unread> unread(CurrentUser user, Long noticeId) {
        Notice notice = notice(noticeId);
        congress.requireManager(user, notice.getOrgId());
        return Scopes.asSystem(() -> {
            String path = orgs.findById(notice.getOrgId()).orElseThrow().getPath();
            org.springframework.data.jpa.domain.Specification<Member> spec = (root, q, cb) -> {
                var inOrgs = q.subquery(Long.class);
                var o = inOrgs.from(org.workershome.core.org.Org.class);
                inOrgs.select(o.get("id")).where(cb.like(o.get("path"), path + "%"));
                var readers = q.subquery(Long.class);
                var r = readers.from(NoticeRead.class);
                readers.select(r.get("memberId")).where(cb.equal(r.get("noticeId"), noticeId));
                return cb.and(root.get("orgId").in(inOrgs), cb.not(root.get("id").in(readers)));
            };
            return members.findAll(spec, org.springframework.data.domain.Sort.by("orgId", "name", "id")).stream()
                    .map(m -> new Unread(org.workershome.core.crypto.Masks.name(m.getName()), m.getOrgId())).toList();
        });
    }

    // ---------------------------------------------------------------- consultations

    /** A draft split into paragraphs at blank lines. */
    @Transactional
    public Consultation openConsultation(CurrentUser user, Long orgId, String title, String intro, String draft,
            LocalDate closesOn) {
        congress.requireManager(user, orgId);
        if (title == null || title.isBlank()) {
            throw InvalidInput.field("title", "congress.field.required");
        }
        List<String> parts = new ArrayList<>();
        for (String p : (draft == null ? "" : draft).split("\\R\\s*\\R")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        if (parts.isEmpty()) {
            throw InvalidInput.field("draft", "congress.field.required");
        }
        Consultation consultation = consultations.save(new Consultation(orgId, title.strip(), intro, closesOn, clock.instant()));
        for (int i = 0; i < parts.size(); i++) {
            paragraphs.save(new ConsultationParagraph(consultation.getId(), i + 1, parts.get(i)));
        }
        return consultation;
    }

    @Transactional(readOnly = true)
    public List<Consultation> consultations() {
        return consultations.findAllByOrderByCreatedAtDesc();
    }

    @Transactional(readOnly = true)
    public Consultation consultation(Long id) {
        return consultations.findById(id).orElseThrow(NotFound.of("consultation", id));
    }

    @Transactional(readOnly = true)
    public List<ConsultationParagraph> paragraphs(Long consultationId) {
        consultation(consultationId);
        return paragraphs.findByConsultationIdOrderBySeq(consultationId);
    }

    /** Comments the caller can see (workers: their own; cadres: those of the workers in their scope). */
    @Transactional(readOnly = true)
    public List<ConsultationComment> comments(Long consultationId) {
        consultation(consultationId);
        return comments.findByConsultationIdOrderByCreatedAt(consultationId);
    }

    @Transactional
    public ConsultationComment comment(CurrentUser user, Long consultationId, Long paragraphId, String body) {
        Consultation consultation = consultation(consultationId);
        if (!consultation.isOpen(LocalDate.now(clock.withZone(Times.ZONE)))) {
            throw new Conflict("congress.consultation.closed");
        }
        if (user.memberId() == null) {
            throw new BusinessException(HttpStatus.FORBIDDEN, "congress.error.notWorker");
        }
        ConsultationParagraph paragraph = paragraphs.findById(paragraphId)
                .filter(p -> p.getConsultationId().equals(consultationId))
                .orElseThrow(() -> InvalidInput.field("paragraphId", "congress.consultation.paragraph.unknown"));
        if (body == null || body.isBlank() || body.length() > 2000) {
            throw InvalidInput.field("body", "congress.field.required");
        }
        Member member = Scopes.asSystem(() -> members.findById(user.memberId())).orElseThrow();
        return comments.save(new ConsultationComment(paragraph, member.getId(), member.getOrgId(), member.getName(),
                body.strip(), clock.instant()));
    }

    /** The union (a manager of the consultation's org, with the commenter in scope) answers a comment. */
    @Transactional
    public ConsultationComment reply(CurrentUser user, Long commentId, String text) {
        ConsultationComment comment = Scopes.asSystem(() -> comments.findById(commentId))
                .orElseThrow(NotFound.of("comment", commentId));
        Consultation consultation = consultation(comment.getConsultationId());
        congress.requireManager(user, consultation.getOrgId());
        if (text == null || text.isBlank()) {
            throw InvalidInput.field("reply", "congress.field.required");
        }
        comment.answer(text.strip(), user.displayName(), clock.instant());
        return comment;
    }

    /** Per paragraph: its text, number of comments, and the comments with replies (for the Excel summary). */
    public record SummaryRow(int seq, String paragraph, long comments, String author, String comment, String reply) {}

    @Transactional(readOnly = true)
    public List<SummaryRow> summary(CurrentUser user, Long consultationId) {
        Consultation consultation = consultation(consultationId);
        congress.requireManager(user, consultation.getOrgId());
        List<ConsultationComment> all = comments.findByConsultationIdOrderByCreatedAt(consultationId);
        Map<Long, List<ConsultationComment>> byParagraph = new LinkedHashMap<>();
        all.forEach(c -> byParagraph.computeIfAbsent(c.getParagraphId(), k -> new ArrayList<>()).add(c));
        List<SummaryRow> rows = new ArrayList<>();
        for (ConsultationParagraph p : paragraphs.findByConsultationIdOrderBySeq(consultationId)) {
            List<ConsultationComment> list = byParagraph.getOrDefault(p.getId(), List.of());
            if (list.isEmpty()) {
                rows.add(new SummaryRow(p.getSeq(), p.getText(), 0, null, null, null));
            }
            for (ConsultationComment c : list) {
                rows.add(new SummaryRow(p.getSeq(), p.getText(), list.size(), c.getAuthorName(), c.getBody(), c.getReply()));
            }
        }
        return rows;
    }
}
