package org.workershome.hardship;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Account;
import org.workershome.core.account.Accounts;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Permissions;
import org.workershome.core.account.Role;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.calendar.WorkingDays;
import org.workershome.core.crypto.FieldEncryptor;
import org.workershome.core.db.Sequences;
import org.workershome.core.files.FileStore;
import org.workershome.core.files.UploadCheck;
import org.workershome.core.member.IdCardNumber;
import org.workershome.core.member.Member;
import org.workershome.core.member.Members;
import org.workershome.core.member.PhoneNumber;
import org.workershome.core.notification.Notifications;
import org.workershome.core.org.Org;
import org.workershome.core.org.Orgs;
import org.workershome.core.scope.OrgPaths;
import org.workershome.core.error.OutOfScope;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.workflow.Timeline;
import org.workershome.core.workflow.TimelineEntry;

/**
 * Hardship files: application (by the worker or a cadre for him), the workflow with its timeline, home visits,
 * evidence, objections, pairing, and the audited reveal of personal data. Reads go through the scope filters; acts
 * load the file in scope (404 when invisible) and then check who may do what (403).
 */
@Service
public class HardshipManagement {

    static final String TARGET = "HardshipFile";
    static final UploadCheck CHECK = UploadCheck.of(UploadCheck.IMAGES_AND_PDF, UploadCheck.TEN_MB);
    static final int MAX_ATTACHMENTS = 30;
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy").withZone(Times.ZONE);

    private final HardshipFiles files;
    private final Aids aids;
    private final Funds funds;
    private final HouseholdMembers household;
    private final HardshipVisits visits;
    private final HardshipAttachments attachments;
    private final HardshipObjections objections;
    private final Pairings pairings;
    private final PovertyLines povertyLines;
    private final Members members;
    private final Orgs orgs;
    private final OrgPaths orgPaths;
    private final Accounts accounts;
    private final Scopes scopes;
    private final FieldEncryptor encryptor;
    private final Sequences sequences;
    private final Timeline timeline;
    private final AuditTrail audit;
    private final WorkingDays workingDays;
    private final Notifications notifications;
    private final FileStore fileStore;
    private final MessageSource messages;
    private final EntityManager entityManager;
    private final HardshipProperties properties;
    private final Clock clock;

    HardshipManagement(HardshipFiles files, Aids aids, Funds funds, HouseholdMembers household, HardshipVisits visits,
            HardshipAttachments attachments, HardshipObjections objections, Pairings pairings,
            PovertyLines povertyLines, Members members, Orgs orgs, OrgPaths orgPaths, Accounts accounts, Scopes scopes,
            FieldEncryptor encryptor, Sequences sequences, Timeline timeline, AuditTrail audit, WorkingDays workingDays,
            Notifications notifications, FileStore fileStore, MessageSource messages, EntityManager entityManager,
            HardshipProperties properties, Clock clock) {
        this.files = files;
        this.aids = aids;
        this.funds = funds;
        this.household = household;
        this.visits = visits;
        this.attachments = attachments;
        this.objections = objections;
        this.pairings = pairings;
        this.povertyLines = povertyLines;
        this.members = members;
        this.orgs = orgs;
        this.orgPaths = orgPaths;
        this.accounts = accounts;
        this.scopes = scopes;
        this.encryptor = encryptor;
        this.sequences = sequences;
        this.timeline = timeline;
        this.audit = audit;
        this.workingDays = workingDays;
        this.notifications = notifications;
        this.fileStore = fileStore;
        this.messages = messages;
        this.entityManager = entityManager;
        this.properties = properties;
        this.clock = clock;
    }

    /** One person of the household as entered. */
    public record Person(String name, String relation, Integer age, String health, String work, BigDecimal monthlyIncome) {}

    /**
     * An application. {@code memberId} is set when a cadre applies for a worker (after a home visit); a worker
     * applying for himself leaves it empty. {@code temporary} asks for temporary relief (临时救助).
     */
    public record Application(Long memberId, String idNumber, String phone, Integer householdSize,
            BigDecimal monthlyIncomePerCapita, List<HardshipCause> causes, HardshipGrade grade, String description,
            boolean temporary, List<Person> household) {}

    public record ActionRequest(HardshipAction action, String note, HardshipGrade grade, LocalDate visitDate) {}

    /** Everything personal about a file, unmasked: only from {@link #revealPersonalData}, which audits it. */
    public record PersonalData(Long fileId, String fileNo, String memberName, String idNumber, String phone,
            BigDecimal monthlyIncomePerCapita, String description, List<PersonalPerson> household) {}

    public record PersonalPerson(String name, String relation, Integer age, String health, String work,
            BigDecimal monthlyIncome) {}

    // ---------------------------------------------------------------- applying

    @Transactional
    public HardshipFile apply(CurrentUser user, Application application) {
        Map<String, String> errors = new LinkedHashMap<>();
        Member member = applicant(user, application.memberId(), errors);
        Optional<IdCardNumber> id = IdCardNumber.parse(application.idNumber());
        if (id.isEmpty()) {
            errors.put("idNumber", "hardship.idNumber.invalid");
        }
        String phone = null;
        if (application.phone() != null && !application.phone().isBlank()) {
            phone = PhoneNumber.parse(application.phone()).orElse(null);
            if (phone == null) {
                errors.put("phone", "hardship.phone.invalid");
            }
        }
        Integer size = application.householdSize();
        if (size == null || size < 1 || size > 30) {
            errors.put("householdSize", "hardship.householdSize.range");
        }
        BigDecimal income = application.monthlyIncomePerCapita();
        if (invalidIncome(income)) {
            errors.put("monthlyIncomePerCapita", "hardship.income.invalid");
        }
        List<HardshipCause> causes = application.causes() == null ? List.of()
                : application.causes().stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (causes.isEmpty()) {
            errors.put("cause", "hardship.cause.required");
        }
        String description = blankToNull(application.description());
        if (description != null && description.length() > 2000) {
            errors.put("description", "hardship.description.size");
        }
        List<Person> people = application.household() == null ? List.of() : application.household();
        checkPeople(people, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String hash = encryptor.blindIndex(id.get().value());
        if (Scopes.asSystem(() -> files.existsByActiveHouseholdHash(hash) || files.existsByActiveMemberId(member.getId()))) {
            throw new Conflict("hardship.error.activeFileExists");
        }
        Instant now = clock.instant();
        long fileId = sequences.next("hardship_file_seq");
        String fileNo = "KN" + YEAR.format(now) + "-" + String.format("%06d", fileId % 1_000_000);
        BigDecimal normalisedIncome = income.setScale(2);
        boolean below = normalisedIncome.compareTo(povertyLineFor(member.getOrgId()).getMonthlyLine()) < 0;
        HardshipFile file = new HardshipFile(fileId, fileNo, member.getOrgId(), member.getId(), user.accountId(),
                application.temporary(), id.get().value(), hash, phone, size, normalisedIncome, below, causes,
                application.grade(), description, now);
        entityManager.persist(file);
        for (Person p : people) {
            household.save(new HouseholdMember(file, p.name().strip(), p.relation().strip(), p.age(),
                    blankToNull(p.health()), blankToNull(p.work()), p.monthlyIncome()));
        }
        timeline.record(TARGET, fileId, file.getOrgId(), HardshipAction.APPLY, null, HardshipStatus.APPLIED,
                application.temporary() ? text("hardship.temporary") : null);
        notifyHandlers(file, file.getOrgId(), "hardship.notify.applied");
        return file;
    }

    private static void checkPeople(List<Person> people, Map<String, String> errors) {
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            if (p == null || p.name() == null || p.name().isBlank() || p.relation() == null || p.relation().isBlank()) {
                errors.put("household[" + i + "]", "hardship.household.incomplete");
            } else if ((p.age() != null && (p.age() < 0 || p.age() > 130))
                    || (p.monthlyIncome() != null && p.monthlyIncome().signum() < 0)) {
                errors.put("household[" + i + "]", "hardship.household.invalid");
            }
        }
    }

    private static boolean invalidIncome(BigDecimal income) {
        return income == null || income.signum() < 0 || income.stripTrailingZeros().scale() > 2
                || income.compareTo(new BigDecimal("1000000")) >= 0;
    }

    /** The worker himself, or, for a handler, the member he names (who must be in the handler's scope). */
    private Member applicant(CurrentUser user, Long memberId, Map<String, String> errors) {
        if (memberId != null && !memberId.equals(user.memberId())) {
            user.requirePermission(HardshipModule.HANDLE);
            Member member = members.findById(memberId).orElse(null);
            if (member == null) {
                errors.put("memberId", "hardship.memberId.unknown");
            }
            return member;
        }
        Member self = user.memberId() == null ? null : Scopes.asSystem(() -> members.findById(user.memberId())).orElse(null);
        if (self == null) {
            errors.put("memberId", "hardship.error.notAMember");
        }
        return self;
    }

    /** The 低保线 of an org's region: its own code, else its province's, else the default. */
    @Transactional(readOnly = true)
    public PovertyLine povertyLineFor(Long orgId) {
        String region = Scopes.asSystem(() -> orgs.findById(orgId)).map(this::regionOf).orElse(null);
        List<String> candidates = new ArrayList<>();
        if (region != null && region.length() == 6) {
            candidates.add(region);
            candidates.add(region.substring(0, 2) + "0000");
        }
        candidates.add(PovertyLine.DEFAULT_REGION);
        for (String code : candidates) {
            Optional<PovertyLine> line = povertyLines.findById(code);
            if (line.isPresent()) {
                return line.get();
            }
        }
        return new PovertyLine(PovertyLine.DEFAULT_REGION, "-", BigDecimal.ZERO);
    }

    private String regionOf(Org org) {
        Org current = org;
        for (int i = 0; i < 10 && current != null; i++) {
            if (current.getRegionCode() != null && !current.getRegionCode().isBlank()) {
                return current.getRegionCode();
            }
            Long parent = current.getParentId();
            current = parent == null ? null : Scopes.asSystem(() -> orgs.findById(parent)).orElse(null);
        }
        return null;
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public HardshipFile get(Long id) {
        HardshipFile file = files.findById(id).orElseThrow(NotFound.of("hardshipFile", id));
        // the scope filter alone would show the files of the org to any account scoped on it (a mediator, an
        // editor...): only handlers, or the worker whose file it is, may read one
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user
                && !user.hasPermission(HardshipModule.HANDLE) && !file.belongsTo(user.memberId())) {
            throw new NotFound("hardshipFile", id);
        }
        return file;
    }

    /** Files in the caller's scope, newest first. */
    @Transactional(readOnly = true)
    public List<HardshipFile> list(HardshipStatus status, int max) {
        return files.list(status, org.springframework.data.domain.PageRequest.of(0, max)).getContent();
    }

    /** A worker's own files. */
    @Transactional(readOnly = true)
    public List<HardshipFile> filesOf(Long memberId) {
        return memberId == null ? List.of() : files.findByMemberIdOrderByAppliedAtDesc(memberId);
    }

    @Transactional(readOnly = true)
    public List<PovertyLine> povertyLines() {
        return povertyLines.findAllByOrderByRegionCode();
    }

    /**
     * Sets a region's 低保线: the national level for any region, a province's cadres for codes of their province.
     */
    @Transactional
    public PovertyLine setPovertyLine(CurrentUser user, String regionCode, String name, BigDecimal monthlyLine) {
        user.requirePermission(HardshipModule.MANAGE_FUNDS);
        if (regionCode == null || !regionCode.matches("\\d{6}")) {
            throw InvalidInput.field("regionCode", "hardship.region.invalid");
        }
        BigDecimal line = Money.positive(monthlyLine);
        if (line == null) {
            throw InvalidInput.field("monthlyLine", "hardship.amount.invalid");
        }
        String own = Scopes.asSystem(() -> orgs.findById(user.orgId())).map(Org::getRegionCode).orElse(null);
        boolean national = Scopes.asSystem(() -> orgs.findById(user.orgId())).map(o -> o.getParentId() == null).orElse(false);
        boolean province = own != null && own.endsWith("0000") && regionCode.startsWith(own.substring(0, 2));
        if (!national && !province) {
            throw new OutOfScope();
        }
        String label = blankToNull(name) == null ? regionCode : name.strip();
        PovertyLine existing = povertyLines.findById(regionCode).orElse(null);
        if (existing == null) {
            existing = povertyLines.save(new PovertyLine(regionCode, label, line));
        } else {
            existing.change(label, line);
        }
        audit.record("HARDSHIP_POVERTY_LINE", "PovertyLine", regionCode, user.orgId(), Money.format(line));
        return existing;
    }

    @Transactional(readOnly = true)
    public List<HouseholdMember> householdOf(HardshipFile file) {
        return Scopes.asSystem(() -> household.findByFileIdOrderById(file.getId()));
    }

    @Transactional(readOnly = true)
    public List<HardshipVisit> visitsOf(HardshipFile file) {
        return Scopes.asSystem(() -> visits.findByFileIdOrderByVisitedOnAscIdAsc(file.getId()));
    }

    @Transactional(readOnly = true)
    public List<HardshipAttachment> attachmentsOf(HardshipFile file) {
        return Scopes.asSystem(() -> attachments.findByFileIdOrderById(file.getId()));
    }

    /** Objections: handlers see them all; others none (an objector stays unknown to the household). */
    @Transactional(readOnly = true)
    public List<HardshipObjection> objectionsOf(CurrentUser user, HardshipFile file) {
        return mayHandle(user, file) ? Scopes.asSystem(() -> objections.findByFileIdOrderById(file.getId())) : List.of();
    }

    @Transactional(readOnly = true)
    public List<Pairing> pairingsOf(HardshipFile file) {
        return Scopes.asSystem(() -> pairings.findByFileIdOrderById(file.getId()));
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timelineOf(HardshipFile file) {
        return timeline.of(TARGET, file.getId());
    }

    @Transactional(readOnly = true)
    public String memberName(HardshipFile file) {
        return Scopes.asSystem(() -> members.findById(file.getMemberId())).map(Member::getName).orElse("");
    }

    @Transactional(readOnly = true)
    public Map<Long, String> memberNames(List<HardshipFile> list) {
        List<Long> ids = list.stream().map(HardshipFile::getMemberId).distinct().toList();
        Map<Long, String> names = new java.util.HashMap<>();
        Scopes.asSystem(() -> members.findAllById(ids)).forEach(m -> names.put(m.getId(), m.getName()));
        return names;
    }

    /** What this user may do to the file now (for showing only the buttons that work). */
    public List<HardshipAction> allowedActions(CurrentUser user, HardshipFile file) {
        List<HardshipAction> result = new ArrayList<>();
        for (HardshipAction action : HardshipFile.MACHINE.actionsFrom(file.getStatus())) {
            if (mayDo(user, file, action)) {
                result.add(action);
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- acting

    @Transactional
    public HardshipFile act(CurrentUser user, Long id, ActionRequest request) {
        if (request.action() == null || request.action() == HardshipAction.APPLY
                || request.action() == HardshipAction.REMIND_REVIEW || request.action() == HardshipAction.UPDATE_HOUSEHOLD
                || request.action() == HardshipAction.REOPEN) {
            throw InvalidInput.field("action", "hardship.action.unknown");
        }
        HardshipFile file = get(id);
        if (!mayDo(user, file, request.action())) {
            if (request.action() == HardshipAction.APPROVE || request.action() == HardshipAction.REJECT) {
                if (mayHandle(user, file) && (request.action() == HardshipAction.APPROVE
                        || file.getStatus() == HardshipStatus.PUBLIC_NOTICE)) {
                    throw new BusinessException(HttpStatus.FORBIDDEN, "hardship.error.approveByParent");
                }
            }
            throw new OutOfScope();
        }
        Instant now = clock.instant();
        String note = blankToNull(request.note());
        HardshipStatus from = switch (request.action()) {
            case VERIFY -> {
                if (note == null) {
                    throw InvalidInput.field("note", "hardship.note.visitRequired");
                }
                LocalDate on = request.visitDate() != null ? request.visitDate() : LocalDate.now(clock);
                if (on.isAfter(LocalDate.now(clock))) {
                    throw InvalidInput.field("visitDate", "hardship.visitDate.future");
                }
                HardshipStatus before = file.verify(request.grade(), now);
                visits.save(new HardshipVisit(file, HardshipVisit.Kind.HOME_VISIT, on, user.accountId(),
                        user.displayName(), note, now));
                yield before;
            }
            case START_NOTICE -> file.startNotice(now, noticeEnd(now));
            case OBJECT -> {
                if (note == null) {
                    throw InvalidInput.field("note", "hardship.note.required");
                }
                HardshipStatus before = file.object();
                objections.save(new HardshipObjection(file, user.accountId(), null, note, now));
                yield before;
            }
            case APPROVE -> file.approve(user.accountId(), Scopes.asSystem(() -> objections.countByFileId(file.getId())),
                    note, now);
            case REJECT -> file.reject(note, now);
            case REVIEW -> file.startReview(now);
            case CONFIRM -> {
                if (note == null) {
                    throw InvalidInput.field("note", "hardship.note.visitRequired");
                }
                HardshipStatus before = file.confirm(request.grade(), now);
                visits.save(new HardshipVisit(file, HardshipVisit.Kind.REVIEW, LocalDate.now(clock), user.accountId(),
                        user.displayName(), note, now));
                yield before;
            }
            case EXIT -> file.exit(note, now);
            case CANCEL -> file.cancel(note, now);
            case GRANT_TEMPORARY -> file.grantTemporary(now);
            case CONVERT -> file.convert();
            case APPLY, REMIND_REVIEW, UPDATE_HOUSEHOLD, REOPEN -> throw InvalidInput.field("action", "hardship.action.unknown");
        };
        timeline.record(TARGET, file.getId(), file.getOrgId(), request.action(), from, file.getStatus(), note);
        entityManager.flush();
        notifyWorker(file);
        if (request.action() == HardshipAction.START_NOTICE) {
            notifyApprovers(file);
        }
        return file;
    }

    // ---------------------------------------------------------------- re-opening

    /** A family back in hardship: the current household figures and causes, and why (the note). */
    public record Reopening(Integer householdSize, BigDecimal monthlyIncomePerCapita, List<HardshipCause> causes,
            String description, String note) {}

    /**
     * A family that left hardship (EXITED) and is in hardship again gets a NEW file (the old one stays closed, with
     * its history): the householder, ID number, phone and persons are carried over, the new figures and causes are
     * entered, and the new file takes the whole path (verification, notice, approval). The one-active-file rule
     * holds as for any application (409). By a handler of the file's org, or the worker himself.
     */
    @Transactional
    public HardshipFile reopen(CurrentUser user, Long previousId, Reopening r) {
        HardshipFile previous = get(previousId);
        if (!mayHandle(user, previous) && !previous.belongsTo(user.memberId())) {
            throw new OutOfScope();
        }
        if (previous.getStatus() != HardshipStatus.EXITED) {
            throw new Conflict("hardship.error.reopenOnlyExited");
        }
        String note = blankToNull(r.note());
        if (note == null) {
            throw InvalidInput.field("note", "hardship.note.required");
        }
        List<Person> people = householdOf(previous).stream().map(h -> new Person(h.getName(), h.getRelation(),
                h.getAge(), h.getHealth(), h.getWork(), h.getMonthlyIncome())).toList();
        HardshipFile file = apply(user, new Application(previous.getMemberId(), previous.getIdNumber(),
                previous.getPhone(), r.householdSize(), r.monthlyIncomePerCapita(), r.causes(), null, r.description(),
                false, people));
        file.reopens(previous);
        timeline.record(TARGET, file.getId(), file.getOrgId(), HardshipAction.REOPEN, null, file.getStatus(),
                text("hardship.reopen.from", previous.getFileNo(), note));
        timeline.record(TARGET, previous.getId(), previous.getOrgId(), HardshipAction.REOPEN, previous.getStatus(),
                previous.getStatus(), text("hardship.reopen.as", file.getFileNo(), note));
        entityManager.flush();
        return file;
    }

    // ---------------------------------------------------------------- the yearly review

    /** The household as found at review: size, income per person and (optionally) the persons, replacing them. */
    public record ReviewUpdate(Integer householdSize, BigDecimal monthlyIncomePerCapita, List<Person> household) {}

    /**
     * At review a handler records the household as found: size, income per person and the persons (all encrypted
     * as on application). The eligibility hint is recomputed against the region's 低保线; the change goes to the
     * timeline (without personal data) and to the audit log. Only while the file is UNDER_REVIEW (409).
     */
    @Transactional
    public HardshipFile updateAtReview(CurrentUser user, Long id, ReviewUpdate update) {
        HardshipFile file = get(id);
        if (!mayHandle(user, file)) {
            throw new OutOfScope();
        }
        if (file.getStatus() != HardshipStatus.UNDER_REVIEW) {
            throw new Conflict("hardship.error.notUnderReview");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Integer size = update.householdSize();
        if (size == null || size < 1 || size > 30) {
            errors.put("householdSize", "hardship.householdSize.range");
        }
        if (invalidIncome(update.monthlyIncomePerCapita())) {
            errors.put("monthlyIncomePerCapita", "hardship.income.invalid");
        }
        List<Person> people = update.household();
        if (people != null) {
            checkPeople(people, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        BigDecimal income = update.monthlyIncomePerCapita().setScale(2);
        boolean wasBelow = file.isBelowPovertyLine();
        int oldSize = file.getHouseholdSize();
        boolean below = income.compareTo(povertyLineFor(file.getOrgId()).getMonthlyLine()) < 0;
        file.updateHousehold(size, income, below);
        if (people != null) {
            List<HouseholdMember> old = householdOf(file);
            household.deleteAll(old);
            for (Person p : people) {
                household.save(new HouseholdMember(file, p.name().strip(), p.relation().strip(), p.age(),
                        blankToNull(p.health()), blankToNull(p.work()), p.monthlyIncome()));
            }
        }
        String summary = text("hardship.review.updated", oldSize, size,
                text(wasBelow ? "hardship.belowLine.yes" : "hardship.belowLine.no"),
                text(below ? "hardship.belowLine.yes" : "hardship.belowLine.no"));
        audit.record("HARDSHIP_HOUSEHOLD_UPDATE", TARGET, file.getId(), file.getOrgId(),
                "householdSize " + oldSize + "->" + size + ", income changed (encrypted), belowPovertyLine "
                        + wasBelow + "->" + below + (people == null ? "" : ", " + people.size() + " persons"));
        timeline.record(TARGET, file.getId(), file.getOrgId(), HardshipAction.UPDATE_HOUSEHOLD, file.getStatus(),
                file.getStatus(), summary);
        entityManager.flush();
        return file;
    }

    /**
     * The job's step for one file: an APPROVED file whose approval or last completed review is at least
     * {@code review-after} old goes into UNDER_REVIEW; the timeline says so and the file org's cadres are told.
     * Runs as the system (no user); checks again, so a file changed meanwhile is left alone.
     */
    @Transactional
    public boolean startReviewIfDue(Long id) {
        HardshipFile file = files.findById(id).orElse(null);
        Instant now = clock.instant();
        if (file == null || file.getStatus() != HardshipStatus.APPROVED) {
            return false;
        }
        Instant due = file.reviewDueAt(properties.reviewAfter());
        if (due == null || due.isAfter(now)) {
            return false;
        }
        HardshipStatus from = file.startReview(now);
        timeline.record(TARGET, file.getId(), file.getOrgId(), HardshipAction.REVIEW, from, file.getStatus(),
                text("hardship.review.auto"));
        entityManager.flush();
        notifyHandlers(file, file.getOrgId(), "hardship.notify.reviewStarted");
        notifyWorker(file);
        return true;
    }

    /**
     * The reminder, {@code review-reminder-days} before the review falls due, to the cadres of the file's org;
     * once per review cycle (recorded on the file and the timeline).
     */
    @Transactional
    public boolean remindReviewIfDue(Long id) {
        HardshipFile file = files.findById(id).orElse(null);
        Instant now = clock.instant();
        if (file == null || file.getStatus() != HardshipStatus.APPROVED || file.isReminded()
                || properties.reviewReminderDays() <= 0) {
            return false;
        }
        Instant due = file.reviewDueAt(properties.reviewAfter());
        if (due == null || due.minus(java.time.Duration.ofDays(properties.reviewReminderDays())).isAfter(now)
                || !due.isAfter(now)) {
            return false;
        }
        file.markReminded(now);
        String day = java.time.LocalDate.ofInstant(due, Times.ZONE).toString();
        timeline.record(TARGET, file.getId(), file.getOrgId(), HardshipAction.REMIND_REVIEW, file.getStatus(),
                file.getStatus(), text("hardship.review.reminded", day));
        entityManager.flush();
        List<Long> handlers = Scopes.asSystem(() -> accounts.findIdsByOrgIdAndRole(file.getOrgId(), Role.CADRE));
        handlers.forEach(a -> notifications.notify(a, text("hardship.notify.reviewSoon", file.getFileNo(), day), "",
                "/hardship/files/" + file.getId()));
        return true;
    }

    /** The number of a file (e.g. the one a re-opened file follows), read as the system: only its number. */
    @Transactional(readOnly = true)
    public String fileNoOf(Long fileId) {
        return Scopes.asSystem(() -> files.findById(fileId)).map(HardshipFile::getFileNo).orElse(null);
    }

    /** When the file's yearly review falls due (null when not approved yet). */
    public Instant reviewDueAt(HardshipFile file) {
        return file.getStatus() == HardshipStatus.APPROVED ? file.reviewDueAt(properties.reviewAfter()) : null;
    }

    /** The end of the notice started at {@code start}: 23:59:59 of the n-th working day after that day. */
    public Instant noticeEnd(Instant start) {
        return workingDays.deadline(start, properties.noticeWorkingDays());
    }

    /** A handler: the handle permission and the file's org in the caller's scope (its org or above). */
    public boolean mayHandle(CurrentUser user, HardshipFile file) {
        return user.hasPermission(HardshipModule.HANDLE) && scopes.canWrite(file.getOrgId(), null);
    }

    /** An approver: a handler at a level strictly above the file's org (the level above approves). */
    public boolean mayApprove(CurrentUser user, HardshipFile file) {
        if (!mayHandle(user, file)) {
            return false;
        }
        String mine = orgPaths.pathOf(user.orgId()).orElse(null);
        String theirs = orgPaths.pathOf(file.getOrgId()).orElse(null);
        return mine != null && theirs != null && theirs.startsWith(mine) && !theirs.equals(mine);
    }

    private boolean mayDo(CurrentUser user, HardshipFile file, HardshipAction action) {
        return switch (action) {
            case APPROVE -> mayApprove(user, file);
            case REJECT -> file.getStatus() == HardshipStatus.PUBLIC_NOTICE ? mayApprove(user, file) : mayHandle(user, file);
            case CANCEL -> mayHandle(user, file)
                    || (file.belongsTo(user.memberId()) && file.getStatus() == HardshipStatus.APPLIED);
            case APPLY, REMIND_REVIEW, UPDATE_HOUSEHOLD, REOPEN -> false;
            default -> mayHandle(user, file);
        };
    }

    // ---------------------------------------------------------------- visits, evidence, pairing

    @Transactional
    public HardshipVisit recordVisit(CurrentUser user, Long fileId, HardshipVisit.Kind kind, LocalDate on, String note) {
        HardshipFile file = get(fileId);
        if (!mayHandle(user, file)) {
            throw new OutOfScope();
        }
        if (blankToNull(note) == null) {
            throw InvalidInput.field("note", "hardship.note.required");
        }
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        if (day.isAfter(LocalDate.now(clock))) {
            throw InvalidInput.field("visitDate", "hardship.visitDate.future");
        }
        return visits.save(new HardshipVisit(file, kind == null ? HardshipVisit.Kind.PAIRING : kind, day,
                user.accountId(), user.displayName(), note.strip(), clock.instant()));
    }

    /** Evidence (by the worker or a handler) or a visit photo (by a handler), checked by content. */
    @Transactional
    public HardshipAttachment attach(CurrentUser user, Long fileId, Long visitId, UploadCheck.Upload upload) {
        HardshipFile file = get(fileId);
        boolean handler = mayHandle(user, file);
        if (!handler && !file.belongsTo(user.memberId())) {
            throw new OutOfScope();
        }
        if (!file.getStatus().isActive()) {
            throw new Conflict("hardship.error.closed");
        }
        if (visitId != null) {
            if (!handler) {
                throw new OutOfScope();
            }
            Scopes.asSystem(() -> visits.findById(visitId)).filter(v -> v.getFileId().equals(file.getId()))
                    .orElseThrow(() -> InvalidInput.field("visitId", "hardship.visitId.unknown"));
        }
        if (Scopes.asSystem(() -> attachments.countByFileId(file.getId())) >= MAX_ATTACHMENTS) {
            throw InvalidInput.field(UploadCheck.FIELD, "hardship.attachment.tooMany");
        }
        return attachments.save(new HardshipAttachment(file, visitId,
                visitId == null ? HardshipAttachment.Kind.EVIDENCE : HardshipAttachment.Kind.VISIT_PHOTO, upload,
                fileStore.save(seal(upload.content())), clock.instant()));
    }

    /** An attachment of a file the caller can see, with its bytes. */
    @Transactional(readOnly = true)
    public Download download(Long fileId, Long attachmentId) {
        HardshipFile file = get(fileId);
        HardshipAttachment attachment = Scopes.asSystem(() -> attachments.findByIdAndFileId(attachmentId, file.getId()))
                .orElseThrow(NotFound.of("attachment", attachmentId));
        return new Download(attachment, new java.io.ByteArrayInputStream(unseal(attachment.getStorageKey())));
    }

    /**
     * Evidence is health and income data too (diagnoses, disability certificates, pay slips): the bytes are
     * encrypted with the personal-data key before they reach the file store (Base64 inside AES-GCM, so a PDF that
     * carries an ID number as text leaves no plain copy in the data directory).
     */
    private byte[] seal(byte[] content) {
        return encryptor.encrypt(java.util.Base64.getEncoder().encodeToString(content))
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private byte[] unseal(String storageKey) {
        try (java.io.InputStream in = fileStore.open(storageKey)) {
            String sealed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
            return java.util.Base64.getDecoder().decode(encryptor.decrypt(sealed));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public record Download(HardshipAttachment attachment, java.io.InputStream content) {}

    /**
     * Pairs a cadre with the file: the given cadre account (a cadre of the file's org or above), or the caller.
     * Ends the pairing that ran before.
     */
    @Transactional
    public Pairing pair(CurrentUser user, Long fileId, Long cadreAccountId) {
        HardshipFile file = get(fileId);
        if (!mayHandle(user, file)) {
            throw new OutOfScope();
        }
        if (!file.getStatus().isActive()) {
            throw new Conflict("hardship.error.closed");
        }
        Long accountId = cadreAccountId == null ? user.accountId() : cadreAccountId;
        Account cadre = Scopes.asSystem(() -> accounts.findById(accountId))
                .filter(a -> a.getRoles().contains(Role.CADRE) && a.isEnabled())
                .orElseThrow(() -> InvalidInput.field("cadreAccountId", "hardship.cadre.unknown"));
        String cadrePath = orgPaths.pathOf(cadre.getOrgId()).orElse("?");
        if (!orgPaths.pathOf(file.getOrgId()).orElse("").startsWith(cadrePath)) {
            throw InvalidInput.field("cadreAccountId", "hardship.cadre.unknown");
        }
        LocalDate today = LocalDate.now(clock);
        List<Pairing> existing = Scopes.asSystem(() -> pairings.findByFileIdOrderById(file.getId()));
        for (Pairing p : existing) {
            if (p.isActive()) {
                if (p.getCadreAccountId().equals(cadre.getId())) {
                    throw new Conflict("hardship.error.alreadyPaired");
                }
                p.end(today);
            }
        }
        Pairing pairing = pairings.save(new Pairing(file, cadre.getId(), cadre.getDisplayName() != null
                ? cadre.getDisplayName() : cadre.getUsername(), today));
        notifications.notify(cadre.getId(), text("hardship.notify.paired", file.getFileNo()), "",
                "/hardship/files/" + file.getId());
        return pairing;
    }

    // ---------------------------------------------------------------- personal data

    /** The full personal data of a file, for cadres of its org and above; every call is in the audit log. */
    @Transactional // not read-only: writes the audit log
    public PersonalData revealPersonalData(CurrentUser user, Long fileId) {
        HardshipFile file = get(fileId);
        if (!user.hasPermission(HardshipModule.HANDLE) || !user.hasPermission(Permissions.MEMBER_PERSONAL)) {
            throw new OutOfScope();
        }
        scopes.checkWritable(file.getOrgId(), null);
        audit.record("HARDSHIP_PERSONAL_DATA_VIEW", TARGET, file.getId(), file.getOrgId(),
                "idNumber, phone, income, description, household health and income");
        List<PersonalPerson> people = householdOf(file).stream().map(h -> new PersonalPerson(h.getName(),
                h.getRelation(), h.getAge(), h.getHealth(), h.getWork(), h.getMonthlyIncome())).toList();
        return new PersonalData(file.getId(), file.getFileNo(), memberName(file), file.getIdNumber(), file.getPhone(),
                file.getIncomePerCapita(), file.getDescription(), people);
    }

    // ---------------------------------------------------------------- export

    /** A file as exported: personal columns masked unless {@code full}. */
    public record FileRow(String fileNo, String memberName, Long orgId, HardshipStatus status, HardshipGrade grade,
            List<HardshipCause> causes, String idNumber, String phone, int householdSize, String income,
            boolean belowLine, Instant appliedAt, Instant approvedAt) {}

    public record AidRow(String fileNo, String memberName, Long orgId, AidType type, BigDecimal amount,
            String description, String fundName, LocalDate date, String handler) {}

    /**
     * The files in the caller's scope for Excel. Masked by default; {@code full} unmasks them for cadres who may
     * reveal personal data, and the export is audited either way (with what it showed).
     */
    @Transactional // not read-only: writes the audit log
    public List<FileRow> exportFiles(CurrentUser user, boolean full) {
        user.requirePermission(HardshipModule.HANDLE);
        if (full && !user.hasPermission(Permissions.MEMBER_PERSONAL)) {
            throw new OutOfScope();
        }
        List<HardshipFile> list = files.list(null, org.springframework.data.domain.PageRequest.of(0, 10_000)).getContent();
        Map<Long, String> names = memberNames(list);
        audit.record(full ? "HARDSHIP_EXPORT_PERSONAL" : "HARDSHIP_EXPORT", TARGET, null, user.orgId(),
                list.size() + " files" + (full ? ", unmasked" : ", masked"));
        return list.stream().map(f -> new FileRow(f.getFileNo(), names.get(f.getMemberId()), f.getOrgId(), f.getStatus(),
                f.getGrade(), f.getCauses(), full ? f.getIdNumber() : f.getIdNumberMasked(),
                full ? f.getPhone() : f.getPhoneMasked(), f.getHouseholdSize(),
                full ? f.getIncomePerCapita().toPlainString() : "****", f.isBelowPovertyLine(), f.getAppliedAt(),
                f.getApprovedAt())).toList();
    }

    /** Aid in the caller's scope for Excel (no personal data beyond the worker's name). */
    @Transactional // not read-only: writes the audit log
    public List<AidRow> exportAid(CurrentUser user) {
        user.requirePermission(HardshipModule.HANDLE);
        List<Aid> list = aids.allInScope(org.springframework.data.domain.PageRequest.of(0, 20_000));
        Map<Long, HardshipFile> byId = new java.util.HashMap<>();
        Scopes.asSystem(() -> files.findAllById(list.stream().map(Aid::getFileId).distinct().toList()))
                .forEach(f -> byId.put(f.getId(), f));
        Map<Long, String> names = memberNames(new ArrayList<>(byId.values()));
        Map<Long, String> fundNames = new java.util.HashMap<>();
        Scopes.asSystem(() -> funds.findAllById(list.stream().map(Aid::getFundId).filter(java.util.Objects::nonNull)
                .distinct().toList())).forEach(f -> fundNames.put(f.getId(), f.getName()));
        audit.record("HARDSHIP_AID_EXPORT", "Aid", null, user.orgId(), list.size() + " aid records");
        return list.stream().map(a -> {
            HardshipFile f = byId.get(a.getFileId());
            return new AidRow(f == null ? null : f.getFileNo(), f == null ? null : names.get(f.getMemberId()),
                    a.getOrgId(), a.getType(), a.getAmount(), a.getDescription(), fundNames.get(a.getFundId()),
                    a.getAidDate(), a.getHandlerName());
        }).toList();
    }

    /** An org's materialised path (for "is this fund's org above the file's org" in forms). */
    public String orgPath(Long orgId) {
        return orgPaths.pathOf(orgId).orElse("?");
    }

    // ---------------------------------------------------------------- helpers

    private void notifyWorker(HardshipFile file) {
        Scopes.asSystem(() -> accounts.findByMemberId(file.getMemberId())).ifPresent(a -> notifications.notify(a.getId(),
                text("hardship.notify.changed", file.getFileNo(), text("hardship.status." + file.getStatus())), "",
                "/hardship/files/" + file.getId()));
    }

    private void notifyHandlers(HardshipFile file, Long orgId, String key) {
        List<Long> handlers = Scopes.asSystem(() -> accounts.findIdsByOrgIdAndRole(orgId, Role.CADRE));
        handlers.forEach(a -> notifications.notify(a, text(key, file.getFileNo()), "", "/hardship/files/" + file.getId()));
    }

    /** Cadres of the org above are told a file awaits their approval once its notice ends. */
    private void notifyApprovers(HardshipFile file) {
        Long parent = Scopes.asSystem(() -> orgs.findById(file.getOrgId())).map(Org::getParentId).orElse(null);
        if (parent != null) {
            notifyHandlers(file, parent, "hardship.notify.notice");
        }
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
