package dev.adolink.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void anAdoCommentBecomesPlainTextWithItsLineBreaks() {
    assertThat(
            HtmlText.plain(
                "<div>Looks like a <b>race</b>&nbsp;&amp; a leak</div><div>Fixed?</div>"))
        .isEqualTo("Looks like a race & a leak\nFixed?");
  }

  @Test
  void aTrackerCommentIsEscapedAttributedQuotedAndItsMarkdownRendered() {
    assertThat(HtmlText.attributed("Ada <Dev>", "if a < b\nthen \"x\" & y"))
        .isEqualTo(
            "<p>Ada &lt;Dev&gt; wrote:</p><blockquote><p>if a &lt; b<br>then \"x\" &amp;"
                + " y</p></blockquote>");
    assertThat(HtmlText.attributed("Ada", "**Fixed** in `cart.py`, see [PR](https://x.test/1)"))
        .isEqualTo(
            "<p>Ada wrote:</p><blockquote><p><strong>Fixed</strong> in <code>cart.py</code>, see"
                + " <a href=\"https://x.test/1\">PR</a></p></blockquote>");
    assertThat(HtmlText.attributed("Ada", "<script>alert(1)</script> [x](javascript:alert)"))
        .contains("&lt;script&gt;")
        .doesNotContain("<script>")
        .doesNotContain("href=\"javascript");
  }

  @Test
  void plainTextOfAnAttributedCommentReadsAsWritten() {
    assertThat(HtmlText.plain(HtmlText.attributed("Ada", "a < b\nc")))
        .isEqualTo("Ada wrote:\na < b\nc");
  }
}
