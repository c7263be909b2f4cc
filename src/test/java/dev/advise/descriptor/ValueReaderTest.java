package dev.advise.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written checks hold to the patterns they replace, on listed and random text. */
class ValueReaderTest {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Pattern WHOLE = Pattern.compile("-?\\d+");
  private static final String[] LISTED = {
    "", "-", "--1", "-0", "0", "12", "-12", "1-2", "a", "pci-dss", "sr-iov", "a.b_c-d", "-a", ".a",
    "_a", "A", "aB", "a b", "9x", "x9", "\u0661", "١٢", "1\n", " 1", "a\u00e9", "+1", "1.5"
  };

  @Test
  void listedTextAgreesWithThePatterns() {
    for (String s : LISTED) {
      assertThat(ValueReader.isId(s)).as("isId(%s)", s).isEqualTo(ID.matcher(s).matches());
      assertThat(ValueReader.isWhole(s)).as("isWhole(%s)", s).isEqualTo(WHOLE.matcher(s).matches());
    }
  }

  @Test
  void randomTextAgreesWithThePatterns() {
    Random random = new Random(7);
    String alphabet = "az09-._ A\u0661+\n";
    int ids = 0;
    int wholes = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int n = random.nextInt(5); n > 0; n--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      boolean id = ID.matcher(s).matches();
      boolean whole = WHOLE.matcher(s).matches();
      assertThat(ValueReader.isId(s)).as("isId(%s)", s).isEqualTo(id);
      assertThat(ValueReader.isWhole(s)).as("isWhole(%s)", s).isEqualTo(whole);
      ids += id ? 1 : 0;
      wholes += whole ? 1 : 0;
    }
    assertThat(ids).isGreaterThan(1000);
    assertThat(wholes).isGreaterThan(100);
  }
}
