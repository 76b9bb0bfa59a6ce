package dev.adolink.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

class WireEnumTest {

  static final WireEnum TYPE = WireEnum.of("GitVersionType", "branch", 0, "tag", 1, "commit", 2);
  static final WireEnum CHANGE =
      WireEnum.flags("VersionControlChangeType", "none", 0, "add", 1, "edit", 2, "rename", 8);

  @Test
  void aNameInAnyCaseOrANumberIsTheDeclaredName() {
    assertThat(TYPE.name("versionType", "Commit")).isEqualTo("commit");
    assertThat(TYPE.name("versionType", "COMMIT")).isEqualTo("commit");
    assertThat(TYPE.name("versionType", "2")).isEqualTo("commit");
    assertThat(TYPE.name("versionType", " 0 ")).isEqualTo("branch");
    assertThat(TYPE.name("versionType", JsonNodeFactory.instance.numberNode(1))).isEqualTo("tag");
    assertThat(TYPE.name("versionType", JsonNodeFactory.instance.stringNode("Tag")))
        .isEqualTo("tag");
  }

  @Test
  void aFlagsNumberIsTheNamesOfItsBitsInTheirOrder() {
    assertThat(CHANGE.name("changeType", "10")).isEqualTo("edit, rename");
    assertThat(CHANGE.name("changeType", "Rename, Edit")).isEqualTo("edit, rename");
    assertThat(CHANGE.name("changeType", "0")).isEqualTo("none");
    assertThat(CHANGE.name("changeType", JsonNodeFactory.instance.numberNode(1))).isEqualTo("add");
  }

  @Test
  void anythingElseIsABadRequestNamingTheParameterAndTheValues() {
    for (String bad : new String[] {"7", "-1", "merge", "2.5", "branch, tag"}) {
      assertThatThrownBy(() -> TYPE.name("versionType", bad))
          .isInstanceOf(BadRequest.class)
          .hasMessageContaining("'" + bad + "'")
          .hasMessageContaining("'versionType'")
          .hasMessageContaining("branch, tag, commit");
    }
    assertThatThrownBy(() -> CHANGE.name("changeType", "16")).isInstanceOf(BadRequest.class);
    assertThatThrownBy(() -> TYPE.name("versionType", JsonNodeFactory.instance.booleanNode(true)))
        .isInstanceOf(BadRequest.class);
  }
}
