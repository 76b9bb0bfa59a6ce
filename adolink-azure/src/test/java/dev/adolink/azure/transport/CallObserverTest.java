package dev.adolink.azure.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallObserverTest {

  @Test
  void theAreaIsThePathSegmentAfterApis() {
    assertThat(CallObserver.area("Web/_apis/wit/workitems/1?$expand=all")).isEqualTo("wit");
    assertThat(CallObserver.area("_apis/hooks/subscriptions")).isEqualTo("hooks");
    assertThat(CallObserver.area("_apis/connectionData?connectOptions=1"))
        .isEqualTo("connectiondata");
    assertThat(CallObserver.area("_apis/Git/repositories")).isEqualTo("git");
  }

  @Test
  void aPathWithoutApisIsOther() {
    assertThat(CallObserver.area("oauth2/token")).isEqualTo("other");
    assertThat(CallObserver.area("_apis/")).isEqualTo("other");
  }
}
