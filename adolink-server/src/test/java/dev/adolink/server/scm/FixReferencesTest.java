package dev.adolink.server.scm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FixReferencesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Fixes PROJ-12",
        "fix PROJ-12",
        "Fixed: proj-12",
        "Resolves PROJ-12 in the checkout",
        "RESOLVE PROJ-12.",
        "Handle nulls\n\nThis fixes PROJ-12"
      })
  void findsTheIssueAfterEachKeywordInAnyCase(String message) {
    assertThat(FixReferences.in(message)).containsExactly("PROJ-12");
  }

  @Test
  void findsSeveralIdsSeparatedByCommasAndOrSpaces() {
    assertThat(FixReferences.in("Fixes WEB-1, WEB-2 and MY-APP-30 & API-4 API-5; more text"))
        .containsExactly("WEB-1", "WEB-2", "MY-APP-30", "API-4", "API-5");
  }

  @Test
  void findsIdsOfSeveralClauses() {
    assertThat(FixReferences.in("Fixes WEB-1\nAlso resolves API-2\nFixes web-1"))
        .containsExactly("WEB-1", "API-2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Prefixes WEB-1",
        "Fixes #12",
        "Fixes the WEB-1 crash",
        "Mentions WEB-1",
        "Fixes WEB-1a",
        "Fixes WEB-",
        "Fixture WEB-1"
      })
  void ignoresWhatIsNotAFixClause(String message) {
    assertThat(FixReferences.in(message)).isEmpty();
  }

  @Test
  void aMissingMessageFixesNothing() {
    assertThat(FixReferences.in(null)).isEmpty();
  }
}
