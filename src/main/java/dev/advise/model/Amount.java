package dev.advise.model;

/**
 * The shape durations, quantities and percentages are written in: a decimal number (ASCII
 * digits, optionally a point and more digits), then optionally blanks, then a unit. Scanned by
 * hand, because every such field of every descriptor goes through here and the per-file path
 * matches no pattern (docs/performance.md); {@code AmountTest} holds it to the patterns it
 * replaced.
 *
 * @param number the decimal number as written, ready for {@code new BigDecimal}
 * @param unit what follows it (after the blanks, when blanks are allowed); "" when nothing does
 */
record Amount(String number, String unit) {

  /**
   * {@code text}, trimmed, as a number and a unit, or null when it does not start with a
   * number; with {@code blanks}, white space between the two is skipped (the pattern's
   * {@code \s*}: space, tab, line feed, vertical tab, form feed, carriage return).
   */
  static Amount of(String text, boolean blanks) {
    String t = text.trim();
    int i = digits(t, 0);
    if (i == 0) {
      return null;
    }
    if (i < t.length() && t.charAt(i) == '.') {
      int fraction = digits(t, i + 1);
      if (fraction > i + 1) {
        i = fraction;
      }
    }
    int unit = i;
    while (blanks && unit < t.length() && isBlank(t.charAt(unit))) {
      unit++;
    }
    return new Amount(t.substring(0, i), t.substring(unit));
  }

  /** The index after the ASCII digits that start at {@code from}. */
  private static int digits(String t, int from) {
    int i = from;
    while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
