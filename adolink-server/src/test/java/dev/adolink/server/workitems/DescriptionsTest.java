package dev.adolink.server.workitems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueStatus;
import dev.adolink.server.tracker.Level;
import dev.adolink.server.tracker.Project;
import dev.adolink.server.tracker.StackFrame;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
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

  @Test
  void markdownWithScriptLinksRawHtmlAndEventHandlersComesOutInert() {
    String html =
        Descriptions.html(
            "[click](javascript:alert(1)) [data](data:text/html,<script>alert(2)</script>)\n\n"
                + "<script>alert(3)</script>\n\n"
                + "<img src=x onerror=alert(4)> <a href=\"javascript:alert(5)\" onclick=\"x()\">a</a>\n\n"
                + "![img](javascript:alert(6)) **bold** [ok](https://example.com/a?b=1)");

    List<org.jsoup.nodes.Element> elements = Jsoup.parseBodyFragment(html).body().getAllElements();
    assertThat(elements).noneMatch(e -> e.tagName().equals("script"));
    assertThat(elements.stream().flatMap(e -> e.attributes().asList().stream()))
        .noneMatch(a -> a.getKey().startsWith("on"))
        .noneMatch(a -> a.getValue().toLowerCase(java.util.Locale.ROOT).contains("javascript:"))
        .noneMatch(a -> a.getValue().startsWith("data:"));
    assertThat(html)
        .contains("<strong>bold</strong>")
        .contains("<a href=\"https://example.com/a?b=1\">ok</a>")
        .contains("&lt;script&gt;alert(3)&lt;/script&gt;");
  }

  @Test
  void theSanitizerDropsWhatRawHtmlCouldCarry() {
    assertThat(
            dev.adolink.server.system.SafeHtml.sanitize(
                "<p onmouseover=\"x()\">hi<iframe src=\"https://evil\"></iframe>"
                    + "<a href=\"JaVaScRiPt:alert(1)\">a</a><style>p{}</style>"
                    + "<img src=\"https://example.com/i.png\" onerror=\"x()\"></p>"))
        .isEqualTo("<p>hi<a>a</a><img src=\"https://example.com/i.png\"></p>");
  }
}
