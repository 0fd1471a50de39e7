package org.workershome.congress.openaffairs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.congress.CongressModule;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.member.MemberDirectory.MemberSummary;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.time.Times;

/**
 * Consultations (征求意见): a draft opened by the managers of a congress's org, split into paragraphs, commented
 * paragraph by paragraph by the workers of that org's subtree ({@link org.workershome.core.scope.SelfFilters#UNIT_WORKERS}), each comment answered
 * by the union; summarised for Excel.
 */
@Service
public class ConsultationManagement {

    private final Consultations consultations;
    private final ConsultationParagraphs paragraphs;
    private final ConsultationComments comments;
    private final MemberDirectory members;
    private final Access access;
    private final Clock clock;

    ConsultationManagement(Consultations consultations, ConsultationParagraphs paragraphs,
            ConsultationComments comments, MemberDirectory members, Access access, Clock clock) {
        this.consultations = consultations;
        this.paragraphs = paragraphs;
        this.comments = comments;
        this.members = members;
        this.access = access;
        this.clock = clock;
    }


    /** A draft split into paragraphs at blank lines. */
    @Transactional
    public Consultation openConsultation(CurrentUser user, Long orgId, String title, String intro, String draft,
            LocalDate closesOn) {
        access.require(user, CongressModule.MANAGE, orgId);
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

    /** A comment the caller can see (its author, the managers of his scope). */
    @Transactional(readOnly = true)
    public ConsultationComment comment(Long commentId) {
        return comments.findById(commentId).orElseThrow(NotFound.of("comment", commentId));
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
        MemberSummary member = members.find(user.memberId()).orElseThrow();
        return comments.save(new ConsultationComment(paragraph, member.id(), member.orgId(), member.name(),
                body.strip(), clock.instant()));
    }

    /** The union (a manager of the consultation's org, with the commenter in scope) answers a comment. */
    @Transactional
    public ConsultationComment reply(CurrentUser user, Long commentId, String text) {
        // a comment is about its author: the manager sees those of the workers in his scope
        ConsultationComment comment = comments.findById(commentId).orElseThrow(NotFound.of("comment", commentId));
        Consultation consultation = consultation(comment.getConsultationId());
        access.require(user, CongressModule.MANAGE, consultation.getOrgId());
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
        access.require(user, CongressModule.MANAGE, consultation.getOrgId());
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
