package org.workershome.training.skill;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.module.Achievement;
import org.workershome.core.module.AchievementSource;
import org.workershome.core.time.Times;
import org.workershome.training.TrainingModule;
import org.workershome.training.course.Course;
import org.workershome.training.course.CourseManagement;

/**
 * Skill levels per worker and occupation, recorded by a cadre of the worker's unit, and the career path to the next
 * level: what the worker has achieved across modules (courses passed here, prizes and titles elsewhere, through
 * {@link AchievementSource}) and the courses of the occupation still open to him.
 */
@Service
public class SkillManagement {

    /** One occupation of a worker: his level, the next one, what counts toward it and what he could take. */
    public record Path(SkillRecord record, SkillLevel next, List<Achievement> counts, List<Course> courses) {
        public List<SkillLevel> levels() {
            return List.of(SkillLevel.values());
        }
    }

    private final SkillRecords records;
    private final MemberDirectory members;
    private final Access access;
    private final List<AchievementSource> sources;
    private final CourseManagement courses;
    private final Clock clock;

    SkillManagement(SkillRecords records, MemberDirectory members, Access access, List<AchievementSource> sources,
            CourseManagement courses, Clock clock) {
        this.records = records;
        this.members = members;
        this.access = access;
        this.sources = sources;
        this.courses = courses;
        this.clock = clock;
    }

    @Transactional
    public SkillRecord record(CurrentUser user, Long memberId, String occupation, SkillLevel level, String note) {
        MemberDirectory.MemberSummary member = memberId == null ? null : members.find(memberId).orElse(null);
        Map<String, String> errors = new LinkedHashMap<>();
        if (member == null) {
            errors.put("memberId", "training.skill.member.required");
        }
        if (occupation == null || occupation.isBlank() || occupation.length() > 100) {
            errors.put("occupation", "training.skill.occupation.required");
        }
        if (level == null) {
            errors.put("level", "training.skill.level.required");
        }
        if (note != null && note.length() > 500) {
            errors.put("note", "training.skill.note.size");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        access.require(user, TrainingModule.MANAGE, member.orgId());
        String field = occupation.strip();
        SkillRecord record = records.findByMemberIdAndOccupation(memberId, field)
                .orElseGet(() -> new SkillRecord(member.orgId(), memberId, field));
        record.set(level, LocalDate.ofInstant(clock.instant(), Times.ZONE), user.accountId(),
                note == null || note.isBlank() ? null : note.strip());
        return records.save(record);
    }

    /** The skill records the caller's scope shows (a worker: his own). */
    @Transactional(readOnly = true)
    public List<SkillRecord> inScope() {
        return records.findAllByOrderByOrgIdAscMemberIdAsc();
    }

    /** A worker's career paths, one per occupation (404 when the caller may not see the worker's records). */
    @Transactional(readOnly = true)
    public List<Path> paths(CurrentUser user, Long memberId) {
        MemberDirectory.MemberSummary member = members.find(memberId).orElseThrow(NotFound.of("member", memberId));
        if (!memberId.equals(user.memberId()) && !access.may(user, TrainingModule.MANAGE, member.orgId())) {
            throw new NotFound("member", memberId);
        }
        List<SkillRecord> mine = records.findByMemberIdOrderByOccupation(memberId);
        List<Achievement> achieved = sources.stream().flatMap(s -> s.achievementsOf(memberId).stream()).toList();
        return mine.stream().map(r -> new Path(r, r.getLevel().next().orElse(null),
                achieved.stream().filter(a -> a.field() == null || a.field().equals(r.getOccupation())).toList(),
                courses.list().stream().filter(c -> r.getOccupation().equals(c.getOccupation())).toList())).toList();
    }
}
