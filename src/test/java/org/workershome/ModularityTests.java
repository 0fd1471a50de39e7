package org.workershome;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries: feature modules use core and each other only through their public API. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(WorkersHomeApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentationNamingEveryModule() throws java.io.IOException {
        Documenter documenter = new Documenter(modules);
        documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        java.nio.file.Path overview = java.nio.file.Path.of("target/spring-modulith-docs/components.puml");
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(overview)).contains("Core", "Appeals");
    }
}
