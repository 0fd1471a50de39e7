package org.workershome;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Core's packages form layers: no cycles between them, and the error types depend on nothing of ours. The pages of
 * a mechanism that everything uses (the audit log, the org tree) live in its {@code web} sub-package, above
 * accounts and access checks, so that the mechanism itself stays below them.
 */
class CoreShapeTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.workershome");

    @Test
    void coreSubPackagesAreFreeOfCycles() {
        slices().matching("org.workershome.core.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void domainExceptionsDependOnNoOtherPackageOfOurs() {
        classes().that().resideInAPackage("org.workershome.core.error..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.workershome.core.error..", "java..", "org.springframework.modulith..",
                        "org.springframework.http..")
                .check(classes);
    }
}
