package org.workershome.surveys.report;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.web.SafeHtml;
import org.workershome.surveys.SurveyManagement;
import org.workershome.surveys.SurveysModule;
import org.workershome.surveys.contact.ContactManagement;

/**
 * Research reports: written by a cadre for an org in his scope (its subtree reads it once published), linked to a
 * survey and a visit he may see. Cadres read the reports in their scope; a member reads the published reports of
 * his org and the orgs above it.
 */
@Service
public class ReportManagement {

    private final ResearchReports reports;
    private final SurveyManagement surveys;
    private final ContactManagement contacts;
    private final Access access;
    private final OrgDirectory orgs;
    private final MemberDirectory members;
    private final IdempotentSubmissions submissions;
    private final Clock clock;

    ReportManagement(ResearchReports reports, SurveyManagement surveys, ContactManagement contacts, Access access,
            OrgDirectory orgs, MemberDirectory members, IdempotentSubmissions submissions, Clock clock) {
        this.reports = reports;
        this.surveys = surveys;
        this.contacts = contacts;
        this.access = access;
        this.orgs = orgs;
        this.members = members;
        this.submissions = submissions;
        this.clock = clock;
    }

    public record Draft(Long orgId, String title, String body, Long surveyId, Long visitId) {}

    @Transactional
    public ResearchReport write(CurrentUser user, Draft draft, String requestToken) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.orgId() == null) {
            errors.put("orgId", "surveys.orgId.required");
        }
        if (draft.title() == null || draft.title().isBlank() || draft.title().strip().length() > 200) {
            errors.put("title", "surveys.report.title.required");
        }
        String text = draft.body() == null ? "" : draft.body();
        // HTML is cleaned to the articles' safe subset (no pictures: a report has no store of its own); plain text
        // becomes paragraphs
        String body = text.contains("<") ? SafeHtml.clean(text, src -> null) : SafeHtml.fromText(text);
        if (body.isBlank() || body.length() > 200_000) {
            errors.put("body", "surveys.report.body.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        access.require(user, SurveysModule.REPORT, draft.orgId());
        if (draft.surveyId() != null) {
            surveys.get(draft.surveyId()); // 404 outside the writer's scope
        }
        if (draft.visitId() != null) {
            contacts.visit(draft.visitId());
        }
        return submissions.submit(requestToken, "surveys.report.write", () -> reports.save(new ResearchReport(
                draft.orgId(), draft.title().strip(), body, draft.surveyId(), draft.visitId(), user.accountId(),
                user.displayName(), clock.instant())), ResearchReport::getId,
                id -> reports.findById(Long.valueOf(id))).value();
    }

    @Transactional
    public void publish(CurrentUser user, Long id) {
        ResearchReport report = get(user, id);
        access.require(user, SurveysModule.REPORT, report.getOrgId());
        report.publish(clock.instant());
    }

    /** Reports the reader may read: in scope for cadres; published and above his org for a member. */
    @Transactional(readOnly = true)
    public List<ResearchReport> readable(CurrentUser user) {
        return reports.findAllByOrderByCreatedAtDesc().stream().filter(r -> mayRead(user, r)).toList();
    }

    @Transactional(readOnly = true)
    public ResearchReport get(CurrentUser user, Long id) {
        return reports.findById(id).filter(r -> mayRead(user, r)).orElseThrow(NotFound.of("ResearchReport", id));
    }

    private boolean mayRead(CurrentUser user, ResearchReport r) {
        if (access.may(user, SurveysModule.REPORT)) {
            return true; // the scope filter has kept the reports of his subtree
        }
        if (r.getStatus() != ResearchReport.Status.PUBLISHED) {
            return false;
        }
        Long orgId = user.memberId() != null ? members.find(user.memberId()).map(MemberDirectory.MemberSummary::orgId)
                .orElse(user.orgId()) : user.orgId();
        return orgId != null && orgs.isWithin(orgId, r.getOrgId());
    }
}
