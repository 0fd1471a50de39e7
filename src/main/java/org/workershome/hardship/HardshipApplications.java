package org.workershome.hardship;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.crypto.FieldEncryptor;
import org.workershome.core.db.Sequences;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.OutOfScope;
import org.workershome.core.member.IdCardNumber;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.member.PhoneNumber;
import org.workershome.core.time.Times;
import org.workershome.core.notification.Text;
import org.workershome.core.workflow.Timeline;

/**
 * New files: the application (by the worker or a handler for him) and the re-opening of an exited family's file,
 * which is an application carried over from the old file.
 */
@Service
public class HardshipApplications {

    static final String TARGET = "HardshipFile";
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy").withZone(Times.ZONE);

    private final ActiveFileCheck activeFiles;
    private final HouseholdMembers household;
    private final HardshipFileAccess fileAccess;
    private final MemberDirectory memberDirectory;
    private final PovertyLineManagement povertyLines;
    private final Access access;
    private final FieldEncryptor encryptor;
    private final Sequences sequences;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    HardshipApplications(ActiveFileCheck activeFiles, HouseholdMembers household, HardshipFileAccess fileAccess,
            MemberDirectory memberDirectory, PovertyLineManagement povertyLines, Access access, FieldEncryptor encryptor,
            Sequences sequences, Timeline timeline, ApplicationEventPublisher events, EntityManager entityManager,
            Clock clock) {
        this.activeFiles = activeFiles;
        this.household = household;
        this.fileAccess = fileAccess;
        this.memberDirectory = memberDirectory;
        this.povertyLines = povertyLines;
        this.access = access;
        this.encryptor = encryptor;
        this.sequences = sequences;
        this.timeline = timeline;
        this.events = events;
        this.entityManager = entityManager;
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

    /** A family back in hardship: the current household figures and causes, and why (the note). */
    public record Reopening(Integer householdSize, BigDecimal monthlyIncomePerCapita, List<HardshipCause> causes,
            String description, String note) {}

    @Transactional
    public HardshipFile apply(CurrentUser user, Application application) {
        Map<String, String> errors = new LinkedHashMap<>();
        MemberDirectory.MemberSummary member = applicant(user, application.memberId(), errors);
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
        if (invalidSize(size)) {
            errors.put("householdSize", "hardship.householdSize.range");
        }
        BigDecimal income = application.monthlyIncomePerCapita();
        if (invalidIncome(income)) {
            errors.put("monthlyIncomePerCapita", "hardship.income.invalid");
        }
        List<HardshipCause> causes = application.causes() == null ? List.of()
                : application.causes().stream().filter(Objects::nonNull).distinct().toList();
        if (causes.isEmpty()) {
            errors.put("cause", "hardship.cause.required");
        }
        String description = Input.blankToNull(application.description());
        if (description != null && description.length() > 2000) {
            errors.put("description", "hardship.description.size");
        }
        List<Person> people = application.household() == null ? List.of() : application.household();
        checkPeople(people, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String hash = encryptor.blindIndex(id.get().value());
        // one active file per household anywhere, also outside the caller's scope (the unique indexes hold the race)
        if (activeFiles.exists(hash, member.id())) {
            throw new Conflict("hardship.error.activeFileExists");
        }
        Instant now = clock.instant();
        long fileId = sequences.next("hardship_file_seq");
        String fileNo = "KN" + YEAR.format(now) + "-" + String.format("%06d", fileId % 1_000_000);
        BigDecimal normalisedIncome = income.setScale(2);
        boolean below = normalisedIncome.compareTo(povertyLines.lineFor(member.orgId()).getMonthlyLine()) < 0;
        HardshipFile file = new HardshipFile(fileId, fileNo, member.orgId(), member.id(), user.accountId(),
                application.temporary(), id.get().value(), hash, phone, size, normalisedIncome, below, causes,
                application.grade(), description, now);
        entityManager.persist(file);
        savePeople(file, people);
        timeline.recordWithText(TARGET, fileId, file.getOrgId(), HardshipAction.APPLY, null, HardshipStatus.APPLIED,
                application.temporary() ? Text.of("hardship.temporary") : null);
        events.publishEvent(new HardshipFileApplied(file.getId(), file.getFileNo(), file.getOrgId(), file.getMemberId()));
        return file;
    }

    /**
     * A family that left hardship (EXITED) and is in hardship again gets a NEW file (the old one stays closed, with
     * its history): the householder, ID number, phone and persons are carried over, the new figures and causes are
     * entered, and the new file takes the whole path (verification, notice, approval). The one-active-file rule
     * holds as for any application (409). By a handler of the file's org, or the worker himself.
     */
    @Transactional
    public HardshipFile reopen(CurrentUser user, Long previousId, Reopening r) {
        HardshipFile previous = fileAccess.get(previousId);
        if (!fileAccess.mayHandle(user, previous) && !previous.belongsTo(user.memberId())) {
            throw new OutOfScope();
        }
        if (previous.getStatus() != HardshipStatus.EXITED) {
            throw new Conflict("hardship.error.reopenOnlyExited");
        }
        String note = Input.blankToNull(r.note());
        if (note == null) {
            throw InvalidInput.field("note", "hardship.note.required");
        }
        List<Person> people = household.findByFileIdOrderById(previous.getId()).stream().map(h -> new Person(
                h.getName(), h.getRelation(), h.getAge(), h.getHealth(), h.getWork(), h.getMonthlyIncome())).toList();
        HardshipFile file = apply(user, new Application(previous.getMemberId(), previous.getIdNumber(),
                previous.getPhone(), r.householdSize(), r.monthlyIncomePerCapita(), r.causes(), null, r.description(),
                false, people));
        file.reopens(previous);
        timeline.recordWithText(TARGET, file.getId(), file.getOrgId(), HardshipAction.REOPEN, null, file.getStatus(),
                Text.of("hardship.reopen.from", previous.getFileNo(), note));
        timeline.recordWithText(TARGET, previous.getId(), previous.getOrgId(), HardshipAction.REOPEN,
                previous.getStatus(), previous.getStatus(), Text.of("hardship.reopen.as", file.getFileNo(), note));
        entityManager.flush();
        return file;
    }

    /** The worker himself, or, for a handler, the member he names (who must be in the handler's scope). */
    private MemberDirectory.MemberSummary applicant(CurrentUser user, Long memberId, Map<String, String> errors) {
        if (memberId != null && !memberId.equals(user.memberId())) {
            access.require(user, HardshipModule.HANDLE);
            MemberDirectory.MemberSummary member = memberDirectory.find(memberId)
                    .filter(m -> access.covers(user, m.orgId())).orElse(null);
            if (member == null) {
                errors.put("memberId", "hardship.memberId.unknown");
            }
            return member;
        }
        MemberDirectory.MemberSummary self = memberDirectory.find(user.memberId()).orElse(null);
        if (self == null) {
            errors.put("memberId", "hardship.error.notAMember");
        }
        return self;
    }

    void savePeople(HardshipFile file, List<Person> people) {
        for (Person p : people) {
            household.save(new HouseholdMember(file, p.name().strip(), p.relation().strip(), p.age(),
                    Input.blankToNull(p.health()), Input.blankToNull(p.work()), p.monthlyIncome()));
        }
    }

    static boolean invalidSize(Integer size) {
        return size == null || size < 1 || size > 30;
    }

    static void checkPeople(List<Person> people, Map<String, String> errors) {
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

    static boolean invalidIncome(BigDecimal income) {
        return income == null || income.signum() < 0 || income.stripTrailingZeros().scale() > 2
                || income.compareTo(new BigDecimal("1000000")) >= 0;
    }
}
