package dev.advise.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers are written as Java writes them, whether copied from the table of small ones or not. */
class Utf8NumbersTest {

  @Test
  void everyNumberAroundTheTableIsWrittenAsIntegerToStringWritesIt() {
    for (int n = -2_000; n <= 2_000; n++) {
      assertThat(new Utf8(4).append(n).toString()).isEqualTo(Integer.toString(n));
    }
    for (int n : new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, Integer.MAX_VALUE, 99_999}) {
      assertThat(new Utf8(4).append(n).toString()).isEqualTo(Integer.toString(n));
    }
  }

  @Test
  void aNumberAfterTextIsAppendedNotWrittenOver() {
    assertThat(new Utf8(2).append('x').append(7).append(',').append(999).append(1000).toString())
        .isEqualTo("x7,9991000");
  }
}
