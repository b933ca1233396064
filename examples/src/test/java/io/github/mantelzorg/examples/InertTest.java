package io.github.mantelzorg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text from the input can neither drive a terminal nor forge the structure of text or Markdown output. */
class InertTest {
  @Test
  void ordinaryTextIsLeftAlone() {
    String gewoon = "Peter de Vries: CSI 8 >= 7 op 2026-10-02; Zoë van 't Hof, Ĳsselmeer, 日本語, \ud83d\ude00, mz-peter_1";
    assertThat(Inert.text(gewoon)).isSameAs(gewoon);
    // A zero-width joiner is a format character too: an emoji sequence shows its joiner, which is harmless.
    assertThat(Inert.text("\ud83d\udc69\u200d\u2695")).isEqualTo("\ud83d\udc69\\u200d\u2695");
  }

  @ParameterizedTest
  @ValueSource(ints = {0x00, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b, 0x7f, 0x85, 0x9b, 0x9d, 0xad, 0x061c,
      0x200b, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2028, 0x2029, 0x2066, 0x2067, 0x2068, 0x2069,
      0xfeff, 0xfff9})
  void everyActingCharacterIsEscaped(int c) {
    String s = "a" + (char) c + "b";
    assertThat(Inert.text(s)).isEqualTo("a" + String.format("\\u%04x", c) + "b");
    assertThat(Inert.markdown(s)).isEqualTo("a" + String.format("\\u%04x", c) + "b");
  }

  @Test
  void terminalSequencesBecomeVisibleText() {
    String osc = "\u001b]8;;https://evil.example\u0007klik\u001b]8;;\u0007 \u001b[2J\u001b[31mrood";
    String t = Inert.text(osc);
    assertThat(t).doesNotContain("\u001b").doesNotContain("\u0007")
        .isEqualTo("\\u001b]8;;https://evil.example\\u0007klik\\u001b]8;;\\u0007 \\u001b[2J\\u001b[31mrood");
  }

  @Test
  void loneSurrogatesAreEscapedPairsAreKept() {
    assertThat(Inert.text("x\ud800y")).isEqualTo("x\\ud800y");
    assertThat(Inert.text("x\udc00")).isEqualTo("x\\udc00");
    assertThat(Inert.text("\ud83d\ude00")).isEqualTo("\ud83d\ude00");
    // A tag character (U+E0041) is a format character outside the BMP: both halves are escaped.
    assertThat(Inert.text("a\udb40\udc41b")).isEqualTo("a\\udb40\\udc41b");
  }

  @Test
  void resultIsAlwaysOneLine() {
    String s = "id\nline 2: no advice\r\nline 3: no advice\u2028\u2029\u0085";
    assertThat(Inert.text(s).lines().count()).isEqualTo(1);
    assertThat(Inert.markdown(s).lines().count()).isEqualTo(1);
  }

  @Test
  void markdownMetacharactersAreEscapedWhereverTheyStand() {
    assertThat(Inert.markdown("# Kop")).isEqualTo("\\# Kop");
    assertThat(Inert.markdown("> quote")).isEqualTo("\\> quote");
    assertThat(Inert.markdown("[klik](https://evil.example)")).isEqualTo("\\[klik\\]\\(https://evil.example\\)");
    assertThat(Inert.markdown("![img](x.png)")).isEqualTo("\\!\\[img\\]\\(x.png\\)");
    assertThat(Inert.markdown("<script>alert(1)</script>"))
        .isEqualTo("\\<script\\>alert\\(1\\)\\</script\\>");
    assertThat(Inert.markdown("**vet** _schuin_ `code` a|b ~~weg~~ &#x202e; \\"))
        .isEqualTo("\\*\\*vet\\*\\* \\_schuin\\_ \\`code\\` a\\|b \\~\\~weg\\~\\~ \\&\\#x202e; \\\\");
  }

  @Test
  void markdownLineStartsCannotStartAListOrHeading() {
    assertThat(Inert.markdown("- item")).isEqualTo("\\- item");
    assertThat(Inert.markdown("+ item")).isEqualTo("\\+ item");
    assertThat(Inert.markdown("===")).isEqualTo("\\===");
    assertThat(Inert.markdown("12. item")).isEqualTo("12\\. item");
    // In the middle of a value these are ordinary and stay readable.
    assertThat(Inert.markdown("mz-peter 2026-10-02 v1.2")).isEqualTo("mz-peter 2026-10-02 v1.2");
  }

  @Test
  void markdownAlsoEscapesControlCharacters() {
    assertThat(Inert.markdown("#\u001b[31m\n# x")).isEqualTo("\\#\\u001b\\[31m\\u000a\\# x");
  }
}
