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
  void aTrackerCommentIsEscapedAttributedAndQuoted() {
    assertThat(HtmlText.attributed("Ada <Dev>", "if a < b\nthen \"x\" & y"))
        .isEqualTo(
            "<p>Ada &lt;Dev&gt; wrote:</p><blockquote>if a &lt; b<br/>then &quot;x&quot; &amp;"
                + " y</blockquote>");
  }

  @Test
  void plainTextOfAnAttributedCommentReadsAsWritten() {
    assertThat(HtmlText.plain(HtmlText.attributed("Ada", "a < b\nc")))
        .isEqualTo("Ada wrote:\na < b\nc");
  }
}
