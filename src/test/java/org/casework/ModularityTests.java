package org.casework;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules talk only through each other's public API, and their dependencies form no cycle. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(CaseworkApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndDependOnEachOtherWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramsForTheDocs() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
