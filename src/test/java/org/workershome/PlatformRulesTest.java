package org.workershome;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.workershome.core.scope.Scopes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Rules of the platform's shape that no module may break (see docs/architecture.md "Platform shape"). */
class PlatformRulesTest {

    /**
     * Reviewed classes that must read across the signed-in user's scope (or without one) on a request path, each
     * for the reason noted; they say why where they call {@code asSystem}.
     */
    static final Set<String> REVIEWED = Set.of(
            // visitors, who have no scope: approved deeds of every org on the public portal
            "org.workershome.portal.PortalReader",
            // the newsroom reviews nominations from the whole union while editors' scope is their own org
            "org.workershome.portal.DeedManagement",
            // following an appeal by tracking number and phone, without an account
            "org.workershome.appeals.AppealManagement",
            // a fund allocated from above pays aid below; one's own unit's public notice; one file per household
            "org.workershome.hardship.FundTrace",
            "org.workershome.hardship.PublicNoticeReads",
            "org.workershome.hardship.ActiveFileCheck",
            // a motion is answered by an org outside the congress's org, after a check of HANDLE_MOTIONS there
            "org.workershome.congress.motion.MotionManagement",
            "org.workershome.congress.motion.MotionDeadlines",
            // a competition is announced below its organiser (whose cadres' scope lies below); the public ranking
            "org.workershome.competitions.CompetitionManagement",
            "org.workershome.competitions.RankingBoard",
            // a book is read by the subtree of its org (a look up the tree), and one copy of a file is kept library-wide
            "org.workershome.library.book.BookShelf",
            // public achievements of a member (adopted suggestions, awarded titles, studio membership) and the talent
            // pool of awarded craftsmen, read across provinces: only what is public once decided
            "org.workershome.suggestions.suggestion.SuggestionAchievements",
            "org.workershome.suggestions.craftsman.TalentPool",
            "org.workershome.suggestions.studio.StudioAchievements",
            // a course is taken below its organiser (whose cadres' scope lies below), like a competition
            "org.workershome.training.course.CourseManagement",
            // a learner's own act completes his course, whose certificate no learner may write: issued as the system
            "org.workershome.training.course.CourseCertifier",
            // a session is offered below its org; its seats and waiting list are counted over everyone's registrations
            "org.workershome.training.session.TrainingSessionManagement",
            // whoever holds a printed mediation agreement checks its code without an account: only what identifies it
            "org.workershome.relations.AgreementVerification");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.workershome");

    /** asSystem is for jobs, seeding and core's own bootstrapping; a feature's request reads through its scope. */
    @Test
    void onlyJobsSeedingAndReviewedPublicReadersRunAsTheSystem() {
        noClasses().that(DescribedPredicate.describe("are feature classes other than jobs, demo data, bench setup "
                + "and the reviewed cross-scope readers", (JavaClass c) -> !c.getPackageName().startsWith("org.workershome.core")
                        && !c.getSimpleName().matches(".*(Job|DemoData|BenchSetup)")
                        && !REVIEWED.contains(c.getName().replaceAll("\\$.*", ""))))
                .should().callMethodWhere(DescribedPredicate.describe("Scopes.asSystem",
                        call -> call.getTargetOwner().isEquivalentTo(Scopes.class) && call.getName().equals("asSystem")))
                .check(classes);
    }

    /** JPA entity names are global: two modules' {@code Question} stop the merged app from starting. */
    @Test
    void entityNamesAreUniqueAcrossModules() {
        java.util.Map<String, java.util.List<String>> byName = new java.util.TreeMap<>();
        for (JavaClass c : classes) {
            c.tryGetAnnotationOfType(jakarta.persistence.Entity.class).ifPresent(entity -> byName
                    .computeIfAbsent(entity.name().isEmpty() ? c.getSimpleName() : entity.name(), n -> new java.util.ArrayList<>())
                    .add(c.getName()));
        }
        org.assertj.core.api.Assertions.assertThat(byName).allSatisfy((name, owners) ->
                org.assertj.core.api.Assertions.assertThat(owners).as("entity name %s", name).hasSize(1));
    }

    /** One access check: core.account.Access, not method security annotations. */
    @Test
    void noHandlerIsGuardedByAnAnnotationInsteadOfAccess() {
        noClasses().should().beAnnotatedWith(PreAuthorize.class).check(classes);
        methods().should().notBeAnnotatedWith(PreAuthorize.class).check(classes);
    }
}
