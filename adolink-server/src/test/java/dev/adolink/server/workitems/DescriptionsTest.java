package dev.adolink.server.workitems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueStatus;
import dev.adolink.server.tracker.Level;
import dev.adolink.server.tracker.Project;
import dev.adolink.server.tracker.StackFrame;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DescriptionsTest {

  static Issue issue(@Nullable String message, List<StackFrame> frames) {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    return new Issue(
        7,
        1,
        new Project(3, 1, "app", "App"),
        12,
        "Boom",
        null,
        Level.ERROR,
        message,
        frames,
        IssueStatus.UNRESOLVED,
        null,
        now,
        now,
        1,
        null,
        null);
  }

  @Test
  void linksBackThenFencesTheMessageAndTheStackTrace() {
    String text =
        Descriptions.of(
            issue(
                "it broke",
                List.of(
                    new StackFrame("a.py", null, 3, "main", true),
                    new StackFrame("b.py", "/srv/b.py", null, null, false))),
            "https://adolink.example/organizations/acme/issues/7/");

    assertThat(text)
        .isEqualTo(
            """
            adolink issue: [APP-12](https://adolink.example/organizations/acme/issues/7/)

            ```
            it broke
            ```

            ```
            Stack trace (most recent call last):
              File "a.py", line 3, in main
              File "/srv/b.py"
            ```""");
  }

  @Test
  void aFenceIsLongerThanAnyBacktickRunInTheText() {
    String text = Descriptions.of(issue("use ```code``` here", List.of()), "u");

    assertThat(text).contains("\n````\nuse ```code``` here\n````");
  }

  @Test
  void markdownBecomesHtmlWithRawHtmlEscaped() {
    assertThat(Descriptions.html("Fix **this**.")).isEqualTo("<p>Fix <strong>this</strong>.</p>\n");
    assertThat(Descriptions.html("<img src=x onerror=alert(1)>"))
        .doesNotContain("<img")
        .contains("&lt;img");
  }
}
