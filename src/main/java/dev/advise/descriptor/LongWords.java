package dev.advise.descriptor;

/**
 * Refuses a file holding a word longer than {@link #MAX_LENGTH} characters (a run without a blank,
 * a line end or a flow indicator), before YAML reads it. SnakeYAML's reader copies its look-ahead
 * window each time it refills it while it scans one token, so a token's cost grows with the square
 * of its length: a 4 MB word took 8 seconds, a million digits half a second for each reading. No
 * descriptor has a use for such a word; one pass over the text, which costs little beside the YAML
 * reading, bounds that cost to milliseconds.
 */
final class LongWords {

  /** The longest word a descriptor may hold. */
  static final int MAX_LENGTH = 65_536;

  private LongWords() {}

  /** The problem with the first word of {@code text} over {@code max} characters, or null. */
  static Problem first(String source, String text, int max) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      if (ends(text.charAt(i))) {
        run = 0;
      } else if (++run > max) {
        return located(source, text, i - run + 1, max);
      }
    }
    return null;
  }

  private static boolean ends(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ',' || c == '[' || c == ']'
        || c == '{' || c == '}';
  }

  /** The problem, at the word's line and column (code points, as YAML marks count them). */
  private static Problem located(String source, String text, int start, int max) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < start; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int end = start;
    while (end < text.length() && !ends(text.charAt(end))) {
      end++;
    }
    int column = text.codePointCount(lineStart, start) + 1;
    return new Problem(
        source,
        1,
        line,
        column,
        "",
        "refused: a word of "
            + text.codePointCount(start, end)
            + " characters (more than "
            + max
            + " without a blank)");
  }
}
