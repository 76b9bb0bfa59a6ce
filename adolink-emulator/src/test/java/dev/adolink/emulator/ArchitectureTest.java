package dev.adolink.emulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the emulator's packages depending one way (ENGINE.md, "Packages"). The engine is layered:
 * {@code http} (HTTP only) → {@code ado} (ADO's error, versions, hosts) → {@code store}, {@code
 * auth}, {@code faults} → {@code api} (the request pipeline). Features stand on the engine and on
 * the features listed for them; the root package (the {@code AdoEmulator} entry point and {@code
 * Wiring}) sits on top, and only the JUnit extension uses it. A new package must be added here.
 */
class ArchitectureTest {

  private static final String ROOT = "dev.adolink.emulator";

  private static final Set<String> ENGINE =
      Set.of("clock", "events", "http", "ado", "store", "auth", "faults", "api");

  /** Each package and the packages it may use (features: besides the engine). */
  private static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

  static {
    ALLOWED.put("clock", Set.of());
    ALLOWED.put("events", Set.of());
    ALLOWED.put("http", Set.of());
    ALLOWED.put("ado", Set.of("http"));
    ALLOWED.put("store", Set.of("ado", "events"));
    ALLOWED.put("auth", Set.of("store"));
    ALLOWED.put("faults", Set.of("ado"));
    ALLOWED.put("api", Set.of("http", "ado", "clock", "events", "store", "auth", "faults"));
    feature("control");
    feature("process");
    feature("core", "process");
    feature("identity");
    feature("hosts");
    feature("seed", "control", "core", "process");
    feature("oauth", "control");
    feature("git", "control", "core", "identity", "seed");
    feature("wit", "core", "identity", "process", "seed");
    feature("wiql", "core", "process", "wit");
    feature("search", "core", "wit");
    feature("pipelines", "control", "git");
    feature("hooks", "control", "core", "git", "pipelines", "seed", "wit");
    ALLOWED.put("junit", Set.of());
  }

  private static void feature(String name, String... features) {
    ALLOWED.put(name, Set.copyOf(Stream.concat(ENGINE.stream(), Stream.of(features)).toList()));
  }

  private static final JavaClasses EMULATOR =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  @Test
  void eachPackageUsesOnlyThePackagesBelowIt() {
    ALLOWED.forEach(
        (name, allowed) -> {
          String[] forbidden =
              ALLOWED.keySet().stream()
                  .filter(other -> !other.equals(name) && !allowed.contains(other))
                  .map(other -> ROOT + "." + other + "..")
                  .toArray(String[]::new);
          noClasses()
              .that()
              .resideInAPackage(ROOT + "." + name + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(forbidden)
              .allowEmptyShould(true)
              .because(name + " may use only " + allowed)
              .check(EMULATOR);
        });
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(EMULATOR);
  }

  @Test
  void everyClassLivesInAKnownPackageOrTheRoot() {
    String[] known =
        ALLOWED.keySet().stream().map(name -> ROOT + "." + name + "..").toArray(String[]::new);
    classes().that().resideOutsideOfPackages(known).should().resideInAPackage(ROOT).check(EMULATOR);
  }

  @Test
  void onlyTheJUnitExtensionUsesTheEntryPoint() {
    noClasses()
        .that()
        .resideOutsideOfPackages(ROOT, ROOT + ".junit..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT)
        .check(EMULATOR);
  }

  @Test
  void onlyTheHttpEngineTouchesTheJdkServer() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".http..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.sun.net.httpserver..")
        .check(EMULATOR);
  }

  @Test
  void jsonIsJackson3Only() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml.jackson.databind..")
        .check(EMULATOR);
  }
}
