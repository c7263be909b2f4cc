package dev.advise.descriptor;

/**
 * Quotes a piece of input for a message: short, and with control, bidirectional and invisible
 * characters escaped ({@link #isUnsafe}), so that input can never drive the terminal that shows the
 * message, nor make it read as something it does not say.
 */
public final class Quote {

  /** Longest excerpt of input a message repeats. */
  public static final int MAX_LENGTH = 40;

  private Quote() {}

  /**
   * The text in double quotes, escaped; past {@link #MAX_LENGTH} code points it is cut, with an
   * ellipsis and its whole length, so a huge value is never repeated but is still recognised.
   */
  public static String of(String text) {
    StringBuilder sb = new StringBuilder("\"");
    int end = shownEnd(text);
    for (int i = 0; i < end; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      sb.append(escape(cp));
    }
    sb.append(end < text.length() ? "...\"" : "\"");
    return end < text.length()
        ? sb.append(" (").append(length(text)).append(')').toString()
        : sb.toString();
  }

  /**
   * A key of the input as a path shows it: whole when short (and escaped like all output), else its
   * first {@link #MAX_LENGTH} code points and an ellipsis.
   */
  public static String key(String key) {
    int end = shownEnd(key);
    return end == key.length() ? key : escaped(key.substring(0, end)) + "...";
  }

  /**
   * A message from the YAML library, escaped, with every word longer than {@link #MAX_LENGTH} code
   * points cut short: such messages can repeat an alias, anchor or tag name of any length.
   */
  public static String words(String message) {
    StringBuilder sb = new StringBuilder();
    int start = 0;
    while (start <= message.length()) {
      int space = message.indexOf(' ', start);
      int end = space < 0 ? message.length() : space;
      String word = message.substring(start, end);
      int shown = shownEnd(word);
      sb.append(escaped(word.substring(0, shown)));
      if (shown < word.length()) {
        sb.append("... (").append(length(word)).append(')');
      }
      if (space < 0) {
        break;
      }
      sb.append(' ');
      start = space + 1;
    }
    return sb.toString();
  }

  /** What a message says of a value too long to repeat: how long it is. */
  public static String length(String text) {
    return text.codePointCount(0, text.length()) + " characters";
  }

  /** The index after the first {@link #MAX_LENGTH} code points of {@code text}. */
  private static int shownEnd(String text) {
    int i = 0;
    for (int shown = 0; i < text.length() && shown < MAX_LENGTH; shown++) {
      i += Character.charCount(text.codePointAt(i));
    }
    return i;
  }

  /** The whole text with every unsafe code point escaped, for names and paths in output. */
  public static String escaped(String text) {
    int safe = 0;
    while (safe < text.length() && !isUnsafe(text.charAt(safe))) {
      safe++;
    }
    if (safe == text.length()) {
      return text; // nearly always: names and paths rarely hold a control character
    }
    // the scan stops at the first unsafe char, and a surrogate is one, so the safe prefix ends
    // on a code point boundary
    StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, safe);
    for (int i = safe; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      sb.append(escapeUnsafe(cp));
    }
    return sb.toString();
  }

  private static String escapeUnsafe(int cp) {
    return isUnsafe(cp) ? escape(cp) : new String(Character.toChars(cp));
  }

  /** Escapes one code point when it could change how a terminal shows the text. */
  public static String escape(int cp) {
    if (cp == '"' || cp == '\\') {
      return "\\" + (char) cp;
    }
    if (isUnsafe(cp)) {
      return cp <= 0xFFFF ? String.format("\\u%04X", cp) : String.format("\\U%08X", cp);
    }
    return new String(Character.toChars(cp));
  }

  /**
   * What must never reach a terminal or a log raw: C0 and C1 controls and DEL; the format
   * characters (Unicode category Cf: bidirectional marks and isolates, zero-width spaces and
   * joiners, the BOM, soft hyphen, tag characters), the line and paragraph separators (U+2028/9),
   * noncharacters (U+FFFE, U+FDD0...) and lone surrogates. They reorder text, hide in it, or end
   * lines where a reader sees none; XML 1.0 cannot carry some of them at all. The list is written
   * out rather than asked of {@code Character.getType}, so that output does not change with the
   * JDK's Unicode version.
   */
  public static boolean isUnsafe(int cp) {
    if (cp < 0xA0) {
      return cp < 0x20 || cp >= 0x7F;
    }
    if (cp < 0x0600) {
      return cp == 0x00AD;
    }
    if (cp < 0x2000) {
      return cp <= 0x0605
          || cp == 0x061C
          || cp == 0x06DD
          || cp == 0x070F
          || cp == 0x0890
          || cp == 0x0891
          || cp == 0x08E2
          || cp == 0x180E;
    }
    if (cp < 0xD800) {
      return (cp >= 0x200B && cp <= 0x200F)
          || (cp >= 0x2028 && cp <= 0x202E)
          || (cp >= 0x2060 && cp <= 0x2064)
          || (cp >= 0x2066 && cp <= 0x206F);
    }
    if (cp <= 0xFFFF) {
      return cp <= 0xDFFF
          || (cp >= 0xFDD0 && cp <= 0xFDEF)
          || cp == 0xFEFF
          || (cp >= 0xFFF9 && cp <= 0xFFFB)
          || cp >= 0xFFFE;
    }
    return (cp & 0xFFFE) == 0xFFFE
        || cp == 0x110BD
        || cp == 0x110CD
        || (cp >= 0x13430 && cp <= 0x1343F)
        || (cp >= 0x1BCA0 && cp <= 0x1BCA3)
        || (cp >= 0x1D173 && cp <= 0x1D17A)
        || cp == 0xE0001
        || (cp >= 0xE0020 && cp <= 0xE007F);
  }
}
