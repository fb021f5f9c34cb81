package org.casework;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Autowired;

/** House rules the compiler cannot check. */
@AnalyzeClasses(packages = "org.casework", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule theInterpreterIsPlainJava = noClasses()
            .that()
            .resideInAPackage("org.casework.engine.interpreter..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta..")
            .as("the engine's interpreter uses no Spring, JDBC or Jakarta: it is plain Java, tested in microseconds");

    @ArchTest
    static final ArchRule noFieldInjection = fields().should()
            .notBeAnnotatedWith(Autowired.class)
            .as("dependencies come through constructors, never field injection");

    @ArchTest
    static final ArchRule onlyWebDependsOnWeb = noClasses()
            .that()
            .resideOutsideOfPackage("org.casework..web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.casework..web..")
            .as("nothing outside a web package depends on a web package");
}
