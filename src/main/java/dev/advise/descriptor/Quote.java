package dev.advise.descriptor;

/**
 * Quotes a piece of input for a message: short, and with control and bidirectional characters
 * escaped, so that input can never drive the terminal that shows the message.
 */
public final class Quote {

  /** Longest excerpt of input a message repeats. */
  public static final int MAX_LENGTH = 40;

  private Quote() {}

  public static String of(String text) {
    StringBuilder sb = new StringBuilder("\"");
    int shown = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (shown++ == MAX_LENGTH) {
        sb.append("...");
        break;
      }
      sb.append(escape(cp));
    }
    return sb.append('"').toString();
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
    // every unsafe code point is a single char, so the safe prefix ends on a code point boundary
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

  /** C0 and C1 controls, DEL, and the bidirectional marks that reorder what a reader sees. */
  public static boolean isUnsafe(int cp) {
    return cp < 0x20
        || (cp >= 0x7F && cp <= 0x9F)
        || (cp >= 0x200E && cp <= 0x200F)
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x061C;
  }
}
