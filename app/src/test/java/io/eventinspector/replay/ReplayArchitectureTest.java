package io.eventinspector.replay;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The replay engine is core: front ends and configuration depend on it, never the other way round. */
class ReplayArchitectureTest {
    @Test
    void theReplayCoreUsesNoFrontEndAndReadsNoConfiguration() {
        // Package names of dependencies are enough here; resolving jOOQ's whole class graph took a minute.
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolve = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        JavaClasses classes;
        try {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("io.eventinspector.replay");
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolve);
        }
        noClasses().that().resideInAPackage("io.eventinspector.replay..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.javalin..", "picocli..",
                        "io.eventinspector.config..", "io.eventinspector.cli..", "io.eventinspector.api..",
                        "io.eventinspector.ui..")
                .check(classes);
    }
}
