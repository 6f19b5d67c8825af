package io.starbridge;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package table of ARCHITECTURE.md, one rule per package, plus the purity of the simulation core.
 * Packages that do not exist yet are covered too: their rules pass while they are empty.
 */
class ArchitectureTest {
    private static final String BASE = "io.starbridge.";
    /** The simulation core with every concern package. */
    private static final String SIM_ALL = BASE + "sim..";

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        // rules match dependencies by name; resolving the JDK and libraries behind them only costs time
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.starbridge");
    }

    @AfterAll
    static void restoreArchUnitDefaults() {
        ArchConfiguration.get().reset();
    }

    /**
     * A package and the project packages it may use. Sim packages may use nothing else but java.*;
     * the others may use any third-party library.
     */
    record Layer(String pkg, boolean pure, List<String> mayUse) {
        @Override public String toString() { return pkg + " may use " + mayUse; }
    }

    static Stream<Layer> layers() {
        List<Layer> table = new ArrayList<>();
        // the sim root holds the loop, the world and the system order: it may see every concern
        table.add(new Layer("sim", true, List.of(SIM_ALL)));
        table.add(pure("sim.command", "sim", "sim.command", "sim.event"));
        table.add(pure("sim.event", "sim", "sim.command", "sim.event"));
        table.add(pure("sim.ship", "sim", "sim.command", "sim.event", "sim.ship"));
        for (String concern : List.of("sim.weapons", "sim.sensors", "sim.interior", "sim.selfdestruct"))
            table.add(pure(concern, "sim", "sim.command", "sim.event", "sim.ship", concern));
        table.add(new Layer("sim.ai", true, List.of(SIM_ALL)));
        table.add(app("scenario", SIM_ALL, "scenario"));
        table.add(app("replay", SIM_ALL, "scenario", "replay"));
        table.add(app("drill", SIM_ALL, "replay", "scenario", "drill"));
        table.add(app("bot", SIM_ALL, "scenario", "bot"));
        table.add(app("station", SIM_ALL, "station"));
        table.add(app("protocol", "sim.command", "sim.event", "station", "protocol"));
        table.add(app("store", "replay", "drill", "store"));
        table.add(app("server", SIM_ALL, "scenario", "replay", "drill", "bot", "station", "protocol", "store", "server"));
        return table.stream();
    }

    private static Layer pure(String pkg, String... mayUse) {
        return new Layer(pkg, true, List.of(mayUse).stream().map(ArchitectureTest::qualified).toList());
    }

    private static Layer app(String pkg, String... mayUse) {
        return new Layer(pkg, false, List.of(mayUse).stream().map(ArchitectureTest::qualified).toList());
    }

    private static String qualified(String pkg) {
        return pkg.startsWith(BASE) ? pkg : BASE + pkg;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void each_package_uses_only_what_the_architecture_table_allows(Layer layer) {
        String pkg = qualified(layer.pkg());
        String[] allowed = layer.mayUse().toArray(String[]::new);
        if (layer.pure()) {
            String[] withJava = Stream.concat(Stream.of("java.."), Stream.of(allowed)).toArray(String[]::new);
            classes().that().resideInAPackage(pkg)
                    .should().onlyDependOnClassesThat().resideInAnyPackage(withJava)
                    .allowEmptyShould(true)
                    .because("the simulation core is pure Java and its concerns meet only through World and events")
                    .check(classes);
        } else {
            noClasses().that().resideInAPackage(pkg + "..")
                    .should().dependOnClassesThat(resideInAPackage("io.starbridge..").and(DescribedPredicate.not(resideInAnyPackage(allowed))))
                    .allowEmptyShould(true)
                    .because("ARCHITECTURE.md: " + layer)
                    .check(classes);
        }
    }

    @Test
    void every_main_package_is_in_the_table() {
        String[] known = Stream.concat(layers().map(l -> qualified(l.pkg())), Stream.of(BASE + "cli"))
                .toArray(String[]::new);
        classes().should().resideInAnyPackage(known)
                .because("a new package needs a row in ARCHITECTURE.md and a rule here")
                .check(classes);
    }

    @Test
    void only_cli_and_server_know_the_command_line_and_the_server() {
        noClasses().that().resideOutsideOfPackages(BASE + "cli..")
                .should().dependOnClassesThat().resideInAPackage(BASE + "cli..")
                .allowEmptyShould(true)
                .because("cli is the only place things are wired together")
                .check(classes);
        noClasses().that().resideOutsideOfPackages(BASE + "cli..", BASE + "server..")
                .should().dependOnClassesThat().resideInAPackage(BASE + "server..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void the_simulation_core_reads_no_clock_randomness_threads_files_or_environment() {
        noClasses().that().resideInAPackage(SIM_ALL)
                .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.SplittableRandom")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethodWhere(namedOn(System.class, Set.of("getenv", "getProperty", "getProperties")))
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Thread.class.getName())
                .orShould().dependOnClassesThat(resideInAnyPackage("java.util.concurrent..", "java.time..",
                        "java.io..", "java.nio..", "java.net..", "java.util.logging..", "java.lang.System$Logger")
                        .and(not(type(java.io.Serializable.class)))) // a marker: the world can be snapshotted; no I/O
                .because("the core is a deterministic function: a replay must match bit for bit on any JVM")
                .check(classes);
    }

    @Test
    void the_simulation_core_uses_strict_math_for_transcendental_functions() {
        Set<String> transcendental = Set.of("sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh",
                "tanh", "exp", "expm1", "log", "log10", "log1p", "pow", "cbrt", "hypot", "random");
        noClasses().that().resideInAPackage(SIM_ALL)
                .should().callMethodWhere(namedOn(Math.class, transcendental))
                .because("java.lang.Math may differ between JVMs in the last bit; StrictMath does not")
                .check(classes);
    }

    private static DescribedPredicate<JavaMethodCall> namedOn(Class<?> owner, Set<String> names) {
        return DescribedPredicate.describe(owner.getSimpleName() + "." + names, call ->
                call.getTargetOwner().isEquivalentTo(owner) && names.contains(call.getName()));
    }
}
