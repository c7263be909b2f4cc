package dev.advise.report;

/**
 * Column padding for the table, without String.format: its format-string parser is costly in a
 * short run, and the table is the output of the most common, shortest runs.
 */
final class Pad {

  private Pad() {}

  static String right(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  static String left(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }
}
