package org.workershome;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Data scope is applied by Hibernate filters, which plain SQL does not pass through. Only core (which
 * owns the mechanism and audits its own SQL) may use JDBC or native queries; feature modules go through
 * JPA repositories, where the filters cannot be forgotten.
 *
 * <p>One reviewed exception: {@code AppealIntake} group-commits API submissions with JDBC batches. It reads only the
 * signed-in member's own row, checks the write scope explicitly ({@code Scopes.checkWritable}) on the request's
 * thread, and only inserts; {@code AppealIntakeTest} compares what it writes with the JPA path.
 */
class ScopeBypassRulesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.workershome");

    @Test
    void featureModulesDoNotUseJdbcDirectly() {
        noClasses().that().resideOutsideOfPackage("org.workershome.core..")
                .and().doNotHaveFullyQualifiedName("org.workershome.appeals.AppealIntake")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void featureModulesDoNotUseNativeQueries() {
        methods().that().areDeclaredInClassesThat().resideOutsideOfPackage("org.workershome.core..")
                .and().areAnnotatedWith(Query.class)
                .should(new com.tngtech.archunit.lang.ArchCondition<JavaMethod>("not be native") {
                    @Override
                    public void check(JavaMethod method, com.tngtech.archunit.lang.ConditionEvents events) {
                        if (method.getAnnotationOfType(Query.class).nativeQuery()) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method,
                                    method.getFullName() + " is a native query and would bypass data scope"));
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.workershome.core..")
                .should().callMethodWhere(DescribedPredicate.describe("createNativeQuery",
                        call -> call.getName().equals("createNativeQuery")))
                .allowEmptyShould(true)
                .check(classes);
    }
}
