package dev.advise.report;

import dev.advise.descriptor.Quote;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable buffer of UTF-8 bytes: what {@link JsonText} encodes into, so that a result goes from
 * the advice to the output stream without passing through chars and back.
 */
final class Utf8 {

  private byte[] bytes;
  private int length;

  Utf8(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  /** An ASCII character (JSON's punctuation, digits, escapes). */
  Utf8 append(char ascii) {
    ensure(1);
    bytes[length++] = (byte) ascii;
    return this;
  }

  /** Text in UTF-8; a lone surrogate becomes {@code ?}. */
  Utf8 append(String s) {
    return append(s.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Text as a JSON string: quoted, with the quote, the backslash and the C0 controls escaped (as
   * {@code \n} and the like where JSON has a short form, else {@code \}{@code u00XX}), and so is
   * every UTF-16 unit that must not reach a reader raw ({@link Quote#isUnsafe}: DEL, C1 controls,
   * bidirectional and other format characters, line and paragraph separators, noncharacters), which
   * includes every surrogate: a character outside the Basic Multilingual Plane is written as its
   * escaped surrogate pair, so that no tag character hides in a name. The text is encoded in one
   * call and then scanned as bytes: a per-character loop over the string costs several times more
   * in a short-lived JVM's quickly compiled code. Only a non-ASCII sequence is decoded, to be
   * looked at; a lone surrogate, which no input can produce (files are strict UTF-8), is written as
   * {@code ?} as Java's encoder writes it.
   */
  Utf8 appendQuoted(String s) {
    byte[] text = s.getBytes(StandardCharsets.UTF_8);
    ensure(text.length + 2);
    bytes[length++] = '"';
    int start = 0;
    for (int i = 0; i < text.length; i++) {
      byte b = text[i];
      if (b >= 0x20 && b != '"' && b != '\\' && b != 0x7F) {
        continue;
      }
      if (b < 0) {
        int n = b >= (byte) 0xF0 ? 4 : b >= (byte) 0xE0 ? 3 : 2;
        int cp = decode(text, i, n);
        if (cp <= 0xFFFF && !Quote.isUnsafe(cp)) {
          i += n - 1;
          continue;
        }
        append(text, start, i);
        if (cp > 0xFFFF) {
          unicodeEscape(Character.highSurrogate(cp));
          unicodeEscape(Character.lowSurrogate(cp));
        } else {
          unicodeEscape((char) cp);
        }
        i += n - 1;
        start = i + 1;
        continue;
      }
      append(text, start, i);
      start = i + 1;
      escape((char) b);
    }
    append(text, start, text.length);
    return append('"');
  }

  /** The code point of the valid UTF-8 sequence of {@code n} bytes at {@code i}. */
  private static int decode(byte[] text, int i, int n) {
    int cp = text[i] & (0xFF >> (n + 1));
    for (int k = 1; k < n; k++) {
      cp = cp << 6 | text[i + k] & 0x3F;
    }
    return cp;
  }

  private void unicodeEscape(char c) {
    ensure(6);
    bytes[length++] = '\\';
    bytes[length++] = 'u';
    bytes[length++] = HEX[c >> 12];
    bytes[length++] = HEX[c >> 8 & 0xF];
    bytes[length++] = HEX[c >> 4 & 0xF];
    bytes[length++] = HEX[c & 0xF];
  }

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  private void escape(char c) {
    ensure(6);
    bytes[length++] = '\\';
    switch (c) {
      case '"' -> bytes[length++] = '"';
      case '\\' -> bytes[length++] = '\\';
      case '\n' -> bytes[length++] = 'n';
      case '\t' -> bytes[length++] = 't';
      case '\r' -> bytes[length++] = 'r';
      case '\b' -> bytes[length++] = 'b';
      case '\f' -> bytes[length++] = 'f';
      default -> {
        bytes[length++] = 'u';
        bytes[length++] = '0';
        bytes[length++] = '0';
        bytes[length++] = HEX[c >> 4];
        bytes[length++] = HEX[c & 0xF];
      }
    }
  }

  /**
   * The digits of 0 to 999, the numbers a result is made of (scores, capabilities, effects): copied
   * rather than worked out, since a short run's quickly compiled code divides by ten with a
   * division instruction, two per digit.
   */
  private static final byte[][] SMALL = new byte[1000][];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = Integer.toString(i).getBytes(StandardCharsets.US_ASCII);
    }
  }

  /** A number, written digit by digit (no string in between). */
  Utf8 append(int n) {
    if (n >= 0 && n < SMALL.length) {
      return append(SMALL[n]);
    }
    if (n < 0) {
      if (n == Integer.MIN_VALUE) {
        return append(Integer.toString(n));
      }
      append('-');
      n = -n;
    }
    int digits = 1;
    for (int rest = n / 10; rest > 0; rest /= 10) {
      digits++;
    }
    ensure(digits);
    for (int i = length + digits - 1; i >= length; i--) {
      bytes[i] = (byte) ('0' + n % 10);
      n /= 10;
    }
    length += digits;
    return this;
  }

  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  Utf8 append(boolean b) {
    return append(b ? TRUE : FALSE);
  }

  /** JSON's null. */
  Utf8 appendNull() {
    return append(NULL);
  }

  /** {@code count} spaces, for indentation. */
  Utf8 spaces(int count) {
    ensure(count);
    for (int i = 0; i < count; i++) {
      bytes[length++] = ' ';
    }
    return this;
  }

  private void append(byte[] from, int start, int end) {
    int n = end - start;
    if (n > 0) {
      ensure(n);
      System.arraycopy(from, start, bytes, length, n);
      length += n;
    }
  }

  Utf8 append(byte[] encoded) {
    ensure(encoded.length);
    System.arraycopy(encoded, 0, bytes, length, encoded.length);
    length += encoded.length;
    return this;
  }

  /** Empties the buffer, keeping its room, for the next piece of a document streamed in parts. */
  void clear() {
    length = 0;
  }

  /** Writes the bytes held so far to {@code out}, without copying them out first. */
  void writeTo(Sink out) {
    out.write(bytes, 0, length);
  }

  /** The bytes held so far. */
  int length() {
    return length;
  }

  /** How many bytes it holds before it must grow. */
  int capacity() {
    return bytes.length;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, length);
  }

  @Override
  public String toString() {
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
