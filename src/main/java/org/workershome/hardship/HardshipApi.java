package org.workershome.hardship;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.org.OrgDirectory;
import org.workershome.hardship.HardshipFileViews.FileView;

/**
 * The hardship files contract of mobile clients: application, lists, a file, its workflow, the household at review
 * and re-opening. Always masked, except {@code /personal-data} (audited).
 */
@RestController
@RequestMapping("/api/v1/hardship-files")
class HardshipApi {

    private final HardshipApplications applications;
    private final HardshipFileManagement management;
    private final HardshipReviews reviews;
    private final HardshipQueries queries;
    private final HardshipFileAccess fileAccess;
    private final HardshipDisclosures disclosures;
    private final HardshipFileViews views;
    private final IdempotentSubmissions submissions;
    private final OrgDirectory orgDirectory;
    private final Access access;

    HardshipApi(HardshipApplications applications, HardshipFileManagement management, HardshipReviews reviews,
            HardshipQueries queries, HardshipFileAccess fileAccess, HardshipDisclosures disclosures,
            HardshipFileViews views, IdempotentSubmissions submissions, OrgDirectory orgDirectory, Access access) {
        this.applications = applications;
        this.management = management;
        this.reviews = reviews;
        this.queries = queries;
        this.fileAccess = fileAccess;
        this.disclosures = disclosures;
        this.views = views;
        this.submissions = submissions;
        this.orgDirectory = orgDirectory;
        this.access = access;
    }

    record PersonBody(String name, String relation, Integer age, String health, String work, BigDecimal monthlyIncome) {

        static List<HardshipApplications.Person> toPeople(List<PersonBody> household) {
            return household.stream().map(p -> p == null ? null : new HardshipApplications.Person(p.name(),
                    p.relation(), p.age(), p.health(), p.work(), p.monthlyIncome())).toList();
        }
    }

    /** {@code cause} (one) or {@code causes} (several). */
    record NewFile(Long memberId, String idNumber, String phone, Integer householdSize, BigDecimal monthlyIncomePerCapita,
            HardshipCause cause, List<HardshipCause> causes, HardshipGrade grade, String description, Boolean temporary,
            List<PersonBody> household) {

        HardshipApplications.Application toApplication() {
            return new HardshipApplications.Application(memberId, idNumber, phone, householdSize,
                    monthlyIncomePerCapita, allCauses(cause, causes), grade, description, Boolean.TRUE.equals(temporary),
                    household == null ? List.of() : PersonBody.toPeople(household));
        }
    }

    /** The household as found at review; {@code household} null keeps the persons, a list replaces them. */
    record HouseholdBody(Integer householdSize, BigDecimal monthlyIncomePerCapita, List<PersonBody> household) {

        HardshipReviews.ReviewUpdate toUpdate() {
            return new HardshipReviews.ReviewUpdate(householdSize, monthlyIncomePerCapita,
                    household == null ? null : PersonBody.toPeople(household));
        }
    }

    record ReopenBody(Integer householdSize, BigDecimal monthlyIncomePerCapita, HardshipCause cause,
            List<HardshipCause> causes, String description, String note) {

        HardshipApplications.Reopening toReopening() {
            return new HardshipApplications.Reopening(householdSize, monthlyIncomePerCapita, allCauses(cause, causes),
                    description, note);
        }
    }

    private static List<HardshipCause> allCauses(HardshipCause cause, List<HardshipCause> causes) {
        List<HardshipCause> all = new ArrayList<>();
        if (cause != null) {
            all.add(cause);
        }
        if (causes != null) {
            all.addAll(causes);
        }
        return all;
    }

    record ActionBody(HardshipAction action, String note, HardshipGrade grade, LocalDate visitDate) {}

    record FileRow(Long id, String fileNo, String status, Long orgId, String orgName, String memberName,
            String idNumber, String grade, List<String> causes, Instant appliedAt) {}

    @PostMapping
    ResponseEntity<FileView> apply(@AuthenticationPrincipal CurrentUser user,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody NewFile body) {
        var submission = submissions.submit(key, "hardship.apply",
                () -> views.view(applications.apply(user, body.toApplication()), user), FileView::id,
                id -> Optional.of(views.view(fileAccess.get(Long.valueOf(id)), user)));
        return created(submission.value(), submission.replayed());
    }

    /** Files in scope; {@code query=never-assisted} or {@code review-due} answer the cadres' questions. */
    @GetMapping
    List<FileRow> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) HardshipStatus status,
            @RequestParam(required = false) String query) {
        boolean handler = access.may(user, HardshipModule.HANDLE, user.orgId());
        List<HardshipFile> list = switch (query == null ? "" : query) {
            case "never-assisted" -> handler ? queries.neverAssisted() : List.of();
            case "review-due" -> handler ? queries.dueForReview() : List.of();
            // without the handle permission: only the worker's own files, as on the page
            case "" -> handler ? queries.list(status, 500)
                    : queries.filesOf(user.memberId()).stream().filter(f -> status == null || f.getStatus() == status)
                            .toList();
            default -> throw InvalidInput.field("query", "hardship.query.unknown");
        };
        var names = queries.memberNames(list);
        return list.stream().map(f -> new FileRow(f.getId(), f.getFileNo(), f.getStatus().name(), f.getOrgId(),
                orgDirectory.nameOf(f.getOrgId()), names.get(f.getMemberId()), f.getIdNumberMasked(),
                f.getGrade() == null ? null : f.getGrade().name(), f.getCauses().stream().map(Enum::name).toList(),
                f.getAppliedAt())).toList();
    }

    @GetMapping("/{id}")
    FileView get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return views.view(fileAccess.get(id), user);
    }

    @GetMapping("/{id}/personal-data")
    HardshipDisclosures.PersonalData personalData(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return disclosures.revealPersonalData(user, id);
    }

    @PostMapping("/{id}/actions")
    FileView act(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestBody ActionBody body) {
        HardshipFile file = management.act(user, id,
                new HardshipFileManagement.ActionRequest(body.action(), body.note(), body.grade(), body.visitDate()));
        return views.view(file, user);
    }

    /** At review: household size, income per person and persons as found (encrypted, audited); 409 unless under review. */
    @PutMapping("/{id}/household")
    FileView updateHousehold(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody HouseholdBody body) {
        return views.view(reviews.updateAtReview(user, id, body.toUpdate()), user);
    }

    /** A family that left hardship is in hardship again: a new file (201) pointing to this one; 409 unless EXITED. */
    @PostMapping("/{id}/reopen")
    ResponseEntity<FileView> reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody ReopenBody body) {
        var submission = submissions.submit(key, "hardship.reopen",
                () -> views.view(applications.reopen(user, id, body.toReopening()), user), FileView::id,
                newId -> Optional.of(views.view(fileAccess.get(Long.valueOf(newId)), user)));
        return created(submission.value(), submission.replayed());
    }

    private static ResponseEntity<FileView> created(FileView view, boolean replayed) {
        return replayed ? ResponseEntity.ok(view)
                : ResponseEntity.created(URI.create("/api/v1/hardship-files/" + view.id())).body(view);
    }
}
