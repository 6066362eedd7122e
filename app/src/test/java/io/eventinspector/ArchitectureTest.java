package io.eventinspector;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the arrows pointing inwards: front ends depend on the core, never the other way round. */
@AnalyzeClasses(packages = "io.eventinspector", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {
        "io.eventinspector.event..", "io.eventinspector.store..", "io.eventinspector.retention..",
        "io.eventinspector.replay.."};

    @ArchTest
    static final ArchRule coreUsesNoUiToolkitWebServerOrCommandLineLibrary = noClasses()
            .that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.javalin..", "picocli..")
            .because("the core runs under every front end, and headless");

    @ArchTest
    static final ArchRule coreKnowsNoFrontEndNorConfiguration = noClasses()
            .that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("io.eventinspector.api..",
                    "io.eventinspector.cli..", "io.eventinspector.ui..", "io.eventinspector.config..")
            .because("front ends read settings and hand the core plain values");

    @ArchTest
    static final ArchRule eventModelStandsAlone = noClasses()
            .that().resideInAPackage("io.eventinspector.event..")
            .should().dependOnClassesThat(resideInAPackage("io.eventinspector..")
                    .and(not(resideInAPackage("io.eventinspector.event.."))))
            .because("every other package builds on the event model");

    /** The reverse arrow, event to demo, is already refused by {@link #eventModelStandsAlone}. */
    @ArchTest
    static final ArchRule demoDataBuildsOnTheEventModelOnly = classes()
            .that().resideInAPackage("io.eventinspector.demo..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.eventinspector.demo..",
                    "io.eventinspector.event..", "java..", "com.fasterxml.jackson..")
            .because("demo data is made of events; the front ends that offer it call the generator, not the reverse");

    @ArchTest
    static final ArchRule redactionStandsAlone = noClasses()
            .that().resideInAPackage("io.eventinspector.secrets..")
            .should().dependOnClassesThat(resideInAPackage("io.eventinspector..")
                    .and(not(resideInAPackage("io.eventinspector.secrets.."))))
            .because("every layer redacts secrets, so the redaction depends on none of them");
}
