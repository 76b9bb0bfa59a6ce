package dev.adolink.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps the feature packages' dependencies flowing one way. {@code system} is the base everything
 * stands on; {@code tracker} and {@code jobs} stand only on it; the integration features stand on
 * those; {@code web} and {@code demo} sit on top. The webhook intake ({@code webhooks}) knows none
 * of the features that handle its deliveries, and {@code scm} does not use the two-way sync. A new
 * top-level package must be added here.
 */
class ArchitectureTest {

  private static final String ROOT = "dev.adolink.server";

  /** Each top-level package and the packages it may use. */
  private static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

  static {
    ALLOWED.put("system", Set.of());
    ALLOWED.put("tracker", Set.of("system"));
    ALLOWED.put("jobs", Set.of("system"));
    ALLOWED.put("integration", Set.of("system", "jobs", "tracker"));
    ALLOWED.put("webhooks", Set.of("system", "jobs", "tracker", "integration"));
    ALLOWED.put("scm", Set.of("system", "jobs", "tracker", "integration", "webhooks", "workitems"));
    ALLOWED.put("workitems", Set.of("system", "jobs", "tracker", "integration"));
    ALLOWED.put(
        "sync", Set.of("system", "jobs", "tracker", "integration", "webhooks", "workitems"));
    ALLOWED.put("ingest", Set.of("system", "jobs", "tracker", "scm"));
    ALLOWED.put(
        "web",
        Set.of(
            "system",
            "jobs",
            "tracker",
            "integration",
            "webhooks",
            "scm",
            "workitems",
            "sync",
            "ingest"));
    ALLOWED.put(
        "demo",
        Set.of(
            "system",
            "jobs",
            "tracker",
            "integration",
            "webhooks",
            "scm",
            "workitems",
            "sync",
            "ingest"));
  }

  private static final JavaClasses SERVER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          // what the build's Spring AOT generated (Foo__BeanDefinitions, ...) is Spring's wiring
          .withImportOption(location -> !location.contains("__"))
          .importPackages(ROOT);

  @Test
  void eachFeatureUsesOnlyThePackagesBelowIt() {
    ALLOWED.forEach(
        (feature, allowed) -> {
          String[] forbidden =
              ALLOWED.keySet().stream()
                  .filter(other -> !other.equals(feature) && !allowed.contains(other))
                  .map(other -> ROOT + "." + other + "..")
                  .toArray(String[]::new);
          noClasses()
              .that()
              .resideInAPackage(ROOT + "." + feature + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(forbidden)
              .allowEmptyShould(true)
              .because(feature + " may use only " + allowed)
              .check(SERVER);
        });
  }

  @Test
  void theWebhookIntakeAndTheCommitsDoNotUseTheTwoWaySync() {
    noClasses()
        .that()
        .resideInAnyPackage(ROOT + ".webhooks..", ROOT + ".scm..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".sync..")
        .check(SERVER);
  }

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(SERVER);
  }

  @Test
  void everyClassLivesInAKnownFeatureOrIsTheEntryPoint() {
    String[] features =
        ALLOWED.keySet().stream()
            .map(feature -> ROOT + "." + feature + "..")
            .toArray(String[]::new);
    classes()
        .that()
        .resideOutsideOfPackages(features)
        .should()
        .haveFullyQualifiedName(AdolinkApplication.class.getName())
        .check(SERVER);
  }

  @Test
  void theTrackerAndJobsKnowNothingOfAzureDevOps() {
    noClasses()
        .that()
        .resideInAnyPackage(ROOT + ".tracker..", ROOT + ".jobs..", ROOT + ".system..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.adolink.azure..", "dev.adolink.emulator..")
        .check(SERVER);
  }

  @Test
  void jsonIsJackson3Only() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(List.of("com.fasterxml.jackson.databind..").toArray(String[]::new))
        .check(SERVER);
  }
}
