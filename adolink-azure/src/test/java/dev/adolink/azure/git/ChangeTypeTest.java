package dev.adolink.azure.git;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeTypeTest {

  @Test
  void readsCombinedFlagsInAnyCase() {
    assertThat(ChangeType.parse("edit, rename"))
        .containsExactly(ChangeType.EDIT, ChangeType.RENAME);
    assertThat(ChangeType.parse("Add")).containsExactly(ChangeType.ADD);
    assertThat(ChangeType.parse("sourceRename")).containsExactly(ChangeType.SOURCE_RENAME);
  }

  @Test
  void readsTheNumericFlags() {
    assertThat(ChangeType.parse("10")).containsExactly(ChangeType.EDIT, ChangeType.RENAME);
    assertThat(ChangeType.parse("16")).containsExactly(ChangeType.DELETE);
  }

  @Test
  void mapsUnknownNamesToUnknownAndNoneToNothing() {
    assertThat(ChangeType.parse("teleport")).containsExactly(ChangeType.UNKNOWN);
    assertThat(ChangeType.parse("none")).isEmpty();
  }
}
