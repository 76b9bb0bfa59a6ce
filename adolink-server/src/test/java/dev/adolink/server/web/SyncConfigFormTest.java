package dev.adolink.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adolink.server.integration.SyncConfigChange;
import dev.adolink.server.system.ApiException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class SyncConfigFormTest {

  @Test
  void aPostedFormIsATypedChangeWithItsRowsFlagsAndPriorities() {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("sync_comments", "on");
    form.add("mappings", "1");
    form.add("resolve|p1", "Resolved");
    form.add("unresolve|p1", " Active ");
    form.add("resolve|p1|Bug", "Closed");
    form.add("unresolve|p1|Bug", "New");
    form.add("resolve|p2", "");
    form.add("priorities", "1");
    form.add("priority|p1|fatal", "1");
    form.add("priority|p1|error", "3");

    SyncConfigChange change = SyncConfigForm.change(form);

    assertThat(change.comments()).isTrue();
    assertThat(change.statusReverse()).isFalse();
    assertThat(change.statusForward())
        .containsExactly(
            new SyncConfigChange.Mapping("p1", null, "Resolved", "Active"),
            new SyncConfigChange.Mapping("p1", "Bug", "Closed", "New"));
    assertThat(change.priorities()).isEqualTo(Map.of("p1", Map.of("fatal", 1, "error", 3)));
  }

  @Test
  void aFormWithoutMappingOrPriorityRowsKeepsTheStoredOnes() {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("sync_status_reverse", "on");

    SyncConfigChange change = SyncConfigForm.change(form);

    assertThat(change.statusReverse()).isTrue();
    assertThat(change.statusForward()).isNull();
    assertThat(change.priorities()).isNull();
  }

  @Test
  void aPriorityThatIsNotANumberIsRefusedInASentence() {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("priorities", "1");
    form.put("priority|p1|error", List.of("high"));

    assertThatThrownBy(() -> SyncConfigForm.change(form))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("the priority of error must be a whole number from 1 to 4");
  }
}
