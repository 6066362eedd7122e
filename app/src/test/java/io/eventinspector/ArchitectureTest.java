package io.eventinspector;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Map;
import java.util.Set;

/** Keeps the arrows pointing inwards: front ends depend on the core, never the other way round. */
@AnalyzeClasses(packages = "io.eventinspector", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {
        "io.eventinspector.event..", "io.eventinspector.store..", "io.eventinspector.retention..",
        "io.eventinspector.replay..", "io.eventinspector.trace.."};

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

    private static final String[] FRONT_ENDS = {
        "io.eventinspector.api..", "io.eventinspector.cli..", "io.eventinspector.ui.."};

    /**
     * One slice per top-level package, and each class of the root package its own slice: {@code Main} (the entry
     * point, above every front end), {@code Services} (the composition root, below them) and
     * {@code LogConfiguration}. {@code matching("io.eventinspector.(*)..")} would leave the root out, yet a cycle
     * through {@code Services} is the one most likely to creep in; one slice for the whole root would see one in
     * {@code Main -> ui -> Services}.
     */
    private static final SliceAssignment TOP_LEVEL_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals("io.eventinspector")) {
                return SliceIdentifier.of(javaClass.getSimpleName().isEmpty() ? javaClass.getName()
                        : javaClass.getName().replaceFirst("\\$.*", ""));
            }
            if (!name.startsWith("io.eventinspector.")) {
                return SliceIdentifier.ignore();
            }
            String rest = name.substring("io.eventinspector.".length());
            int dot = rest.indexOf('.');
            return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
        }

        @Override
        public String getDescription() {
            return "the top-level packages of io.eventinspector and the classes of its root package";
        }
    };

    @ArchTest
    static final ArchRule topLevelPackagesAreFreeOfCycles = slices().assignedFrom(TOP_LEVEL_PACKAGES)
            .should().beFreeOfCycles()
            .because("each package must be understandable and testable on top of the ones below it");

    @ArchTest
    static final ArchRule configurationKnowsNoFrontEnd = noClasses()
            .that().resideInAPackage("io.eventinspector.config..")
            .should().dependOnClassesThat().resideInAnyPackage(FRONT_ENDS)
            .orShould().dependOnClassesThat().resideInAPackage("io.eventinspector")
            .because("settings are read by the front ends and the composition root and handed out as plain values");

    /** The core services {@link Services} builds; a front end takes them from there instead of building its own. */
    private static final Set<String> SERVICES_BUILT_BY_THE_COMPOSITION_ROOT = Set.of(
            "io.eventinspector.store.Database", "io.eventinspector.export.EventExporter",
            "io.eventinspector.retention.EventCleanup", "io.eventinspector.retention.CleanupScheduler",
            "io.eventinspector.replay.ReplayService", "io.eventinspector.replay.JooqReplayHistory",
            "io.eventinspector.trace.MessageTraces");

    /**
     * The front-end classes that build one of those services themselves, each with its reason. Front ends use the
     * core's values freely (Event, EventQuery, Page, Cursor, ReplayRequest/ReplayResult, RetentionSettings, the
     * exceptions): those are the language the services speak, not a way around them.
     */
    private static final Map<String, String> BUILDS_A_CORE_SERVICE_ON_PURPOSE = Map.of(
            "io.eventinspector.cli.StoreOption",
            "opens the store the user chose (--db, WHATSAPP_DB_URL); Services is built over an open Database",
            "io.eventinspector.ui.shell.AppContext",
            "the desktop's composition root: opens the stores the window switches between, each into Services",
            "io.eventinspector.ui.shell.DesktopApp",
            "opens the start-up store before JavaFX starts (decision 0008); AppContext wraps it in Services",
            "io.eventinspector.ui.shell.EarlyStoreOpen",
            "the early open of the start-up store itself (decision 0008)",
            "io.eventinspector.ui.replay.ReplayViewModel",
            "replays with the target and signing typed into the dialog, not the environment's settings");

    private static final DescribedPredicate<JavaAccess<?>> BUILD_A_CORE_SERVICE = DescribedPredicate.describe(
            "build one of " + SERVICES_BUILT_BY_THE_COMPOSITION_ROOT, access -> {
                AccessTarget target = access.getTarget();
                return SERVICES_BUILT_BY_THE_COMPOSITION_ROOT.contains(target.getOwner().getName())
                        && (target instanceof AccessTarget.ConstructorCallTarget
                        || target instanceof AccessTarget.ConstructorReferenceTarget
                        || Set.of("open", "create").contains(target.getName()));
            });

    private static final DescribedPredicate<JavaClass> LISTED_EXCEPTION = DescribedPredicate.describe(
            "listed in BUILDS_A_CORE_SERVICE_ON_PURPOSE", javaClass -> BUILDS_A_CORE_SERVICE_ON_PURPOSE.containsKey(
                    javaClass.getName().replaceFirst("\\$.*", "")));

    @ArchTest
    static final ArchRule frontEndsReachTheCoreThroughServices = noClasses()
            .that().resideInAnyPackage(FRONT_ENDS).and(not(LISTED_EXCEPTION))
            .should().accessTargetWhere(BUILD_A_CORE_SERVICE)
            .because("Services builds every service once, so each front end gets the same wiring");

    @ArchTest
    static final ArchRule desktopFeaturesAreFreeOfCycles = slices().matching("io.eventinspector.ui.(*)..")
            .should().beFreeOfCycles()
            .because("features build on the shell's plumbing (ui.fx), never on each other in a circle");
}
