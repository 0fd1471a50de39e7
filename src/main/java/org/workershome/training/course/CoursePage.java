package org.workershome.training.course;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.org.OrgDirectory;

/** What a course's page shows: its lessons with the learner's progress, or the organiser's tools and learners. */
@Component
class CoursePage {

    private final CourseManagement courses;
    private final Learning learning;
    private final OrgDirectory orgs;

    CoursePage(CourseManagement courses, Learning learning, OrgDirectory orgs) {
        this.courses = courses;
        this.learning = learning;
        this.orgs = orgs;
    }

    @Transactional(readOnly = true)
    void fill(CurrentUser user, Course course, Model model) {
        boolean organiser = courses.organises(user, course);
        model.addAttribute("course", course);
        model.addAttribute("orgName", orgs.nameOf(course.getOrgId()));
        model.addAttribute("organiser", organiser);
        model.addAttribute("lessons", courses.lessons(course.getId()));
        model.addAttribute("enrolment", learning.of(user, course.getId()).orElse(null));
        model.addAttribute("missing", learning.missingPrerequisites(user, course));
        model.addAttribute("prerequisites", course.getPrerequisites().stream()
                .map(p -> courses.visible(p).map(Course::getTitle).orElse("#" + p)).toList());
        model.addAttribute("kinds", List.of(LessonKind.TEXT, LessonKind.VIDEO, LessonKind.PDF));
        if (organiser) {
            model.addAttribute("learners", learning.learners(course.getId()));
            List<OrgDirectory.OrgSummary> targets = new ArrayList<>();
            orgs.find(user.orgId()).ifPresent(targets::add);
            targets.addAll(orgs.childrenOf(user.orgId()));
            model.addAttribute("targets", targets);
        }
    }
}
