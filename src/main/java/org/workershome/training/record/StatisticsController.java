package org.workershome.training.record;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.excel.ExcelExport;
import org.workershome.core.org.OrgDirectory;
import org.workershome.training.TrainingModule;
import org.workershome.training.TrainingTime;
import org.workershome.training.course.Course;
import org.workershome.training.course.CourseManagement;
import org.workershome.training.course.Enrolment;
import org.workershome.training.course.Learning;

/** Per-org training statistics in one's scope (learners, completions, hours) and every enrolment as Excel. */
@Controller
@RequestMapping("/training")
class StatisticsController {

    /** One org's line. */
    record OrgLine(Long orgId, String org, long enrolments, long completed, long hours) {}

    /** One enrolment's row in the export. */
    record Row(Enrolment enrolment, String org, String course, int hours) {}

    private final Learning learning;
    private final CourseManagement courses;
    private final OrgDirectory orgs;
    private final Access access;
    private final MessageSource messages;

    StatisticsController(Learning learning, CourseManagement courses, OrgDirectory orgs, Access access,
            MessageSource messages) {
        this.learning = learning;
        this.courses = courses;
        this.orgs = orgs;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/statistics")
    @Transactional(readOnly = true)
    String statistics(@AuthenticationPrincipal CurrentUser user, Model model) {
        access.require(user, TrainingModule.MANAGE, user.orgId());
        Map<Long, long[]> byOrg = new TreeMap<>();
        for (Row row : rows()) {
            long[] line = byOrg.computeIfAbsent(row.enrolment().getOrgId(), id -> new long[3]);
            line[0]++;
            if (row.enrolment().isCompleted()) {
                line[1]++;
                line[2] += row.hours();
            }
        }
        model.addAttribute("lines", byOrg.entrySet().stream()
                .map(e -> new OrgLine(e.getKey(), orgs.nameOf(e.getKey()), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2])).toList());
        return "training/statistics";
    }

    @GetMapping("/statistics.xlsx")
    @Transactional(readOnly = true)
    public void export(@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
        access.require(user, TrainingModule.MANAGE, user.orgId());
        TrainingTime time = new TrainingTime();
        ExcelExport.of(Row.class).sheet("training")
                .column("training.learner", r -> r.enrolment().getLearnerName())
                .column("training.plan.org", Row::org)
                .column("training.course.title", Row::course)
                .column("training.course.creditHours", Row::hours)
                .column("training.progress", r -> r.enrolment().getDoneCount())
                .column("training.completedAt", r -> time.at(r.enrolment().getCompletedAt()))
                .column("training.plan.dueOn", r -> r.enrolment().getDueOn() == null ? "" : r.enrolment().getDueOn())
                .send(response, "training.xlsx", rows(), messages, LocaleContextHolder.getLocale());
    }

    private List<Row> rows() {
        Map<Long, Course> seen = new TreeMap<>();
        return learning.inScope().stream().map(e -> {
            Course course = seen.computeIfAbsent(e.getCourseId(), id -> courses.visible(id).orElse(null));
            return new Row(e, orgs.nameOf(e.getOrgId()), course == null ? "" : course.getTitle(),
                    course == null ? 0 : course.getCreditHours());
        }).toList();
    }
}
