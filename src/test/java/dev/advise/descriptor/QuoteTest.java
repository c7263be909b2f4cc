package dev.advise.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Quote#escaped} against the plain definition: every unsafe code point escaped. */
class QuoteTest {

  private static String reference(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints()
        .forEach(
            cp ->
                sb.append(
                    Quote.isUnsafe(cp) ? Quote.escape(cp) : new String(Character.toChars(cp))));
    return sb.toString();
  }

  @Test
  void escapesExactlyTheUnsafeCodePoints() {
    assertThat(Quote.escaped("payments-api")).isEqualTo("payments-api");
    assertThat(Quote.escaped("a\u001b[31mb")).isEqualTo("a\\u001B[31mb");
    assertThat(Quote.escaped("x\u202Ey")).isEqualTo("x\\u202Ey");
    assertThat(Quote.escaped("\uD83D\uDE00\u0085")).isEqualTo("\uD83D\uDE00\\u0085");
    Random random = new Random(3);
    char[] alphabet = {
      'a', ' ', '"', '\\', '\u0000', '\n', '\u007F', '\u0085', '\u200E', '\u202A', '\u2066',
      '\u061C', '\u00e9', '\uD83D', '\uDE00', '\uDBFF', '\uDC00'
    };
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int n = random.nextInt(8); n > 0; n--) {
        sb.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = sb.toString();
      assertThat(Quote.escaped(s)).as("escaped(%s)", s).isEqualTo(reference(s));
    }
  }
}
