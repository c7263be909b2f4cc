package dev.advise.model;

/**
 * The shape durations, quantities and percentages are written in: a decimal number (ASCII digits,
 * optionally a point and more digits), then optionally blanks, then a unit. Scanned by hand,
 * because every such field of every descriptor goes through here and the per-file path matches no
 * pattern (docs/performance.md); {@code AmountTest} holds it to the patterns it replaced.
 *
 * @param number the decimal number as written, ready for {@code new BigDecimal}
 * @param unit what follows it (after the blanks, when blanks are allowed); "" when nothing does
 */
record Amount(String number, String unit) {

  /**
   * The most digits a number may have. Converting a decimal string takes time that grows with the
   * square of its length (a million digits took over a minute), and nothing advise reads needs more
   * than 19 digits before the point and a few after it, so a longer number is refused before it is
   * converted.
   */
  static final int MAX_DIGITS = 30;

  /**
   * {@code text}, trimmed, as a number and a unit, or null when it does not start with a number;
   * with {@code blanks}, white space between the two is skipped (the pattern's {@code \s*}: space,
   * tab, line feed, vertical tab, form feed, carriage return).
   */
  static Amount of(String text, boolean blanks) {
    String t = text.trim();
    int i = numberEnd(t);
    if (i == 0 || digitCount(t, i) > MAX_DIGITS) {
      return null; // not a number, or one too long to convert (see tooLong)
    }
    int unit = i;
    while (blanks && unit < t.length() && isBlank(t.charAt(unit))) {
      unit++;
    }
    return new Amount(t.substring(0, i), t.substring(unit));
  }

  /**
   * Whether {@code text} starts with a number of more than {@link #MAX_DIGITS} digits, which {@link
   * #of} refuses: the reason to give instead of "not a duration".
   */
  static boolean tooLong(String text) {
    String t = text.trim();
    return digitCount(t, numberEnd(t)) > MAX_DIGITS;
  }

  /** The digits of the number that ends at {@code end}: its length less the point, if any. */
  private static int digitCount(String t, int end) {
    return end > 0 && digits(t, 0) < end ? end - 1 : end;
  }

  /** The index after the number (digits, optionally a point and more digits) that starts t. */
  private static int numberEnd(String t) {
    int i = digits(t, 0);
    if (i > 0 && i < t.length() && t.charAt(i) == '.') {
      int fraction = digits(t, i + 1);
      if (fraction > i + 1) {
        i = fraction;
      }
    }
    return i;
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
