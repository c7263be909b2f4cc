package dev.advise.report;

/**
 * JSON strings for the few outputs written outside the report writers ({@code advise config}),
 * escaped as reports escape them.
 */
public final class JsonStrings {

  private JsonStrings() {}

  /** {@code text} as a quoted JSON string ({@link Utf8#appendQuoted}). */
  public static String quoted(String text) {
    return new Utf8(text.length() + 16).appendQuoted(text).toString();
  }
}
