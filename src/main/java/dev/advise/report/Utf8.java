package dev.advise.report;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable buffer of UTF-8 bytes: what {@link JsonText} encodes into, so that a result goes
 * from the advice to the output stream without passing through chars and back. A lone surrogate
 * becomes {@code ?}, as Java's own encoder would make it.
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

  Utf8 append(String s) {
    return append(s, 0, s.length());
  }

  Utf8 append(String s, int start, int end) {
    ensure(end - start);
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (length == bytes.length) {
          ensure(end - i);
        }
        bytes[length++] = (byte) c;
      } else {
        i = appendWide(s, i, end);
      }
    }
    return this;
  }

  /** Encodes the non-ASCII character at {@code i}; returns the index of its last char. */
  private int appendWide(String s, int i, int end) {
    ensure(4);
    char c = s.charAt(i);
    if (c < 0x800) {
      bytes[length++] = (byte) (0xC0 | c >> 6);
      bytes[length++] = (byte) (0x80 | c & 0x3F);
      return i;
    }
    if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
      int cp = Character.toCodePoint(c, s.charAt(i + 1));
      bytes[length++] = (byte) (0xF0 | cp >> 18);
      bytes[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
      bytes[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
      bytes[length++] = (byte) (0x80 | cp & 0x3F);
      return i + 1;
    }
    if (Character.isSurrogate(c)) {
      bytes[length++] = '?';
      return i;
    }
    bytes[length++] = (byte) (0xE0 | c >> 12);
    bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
    bytes[length++] = (byte) (0x80 | c & 0x3F);
    return i;
  }

  Utf8 append(int n) {
    return append(Integer.toString(n));
  }

  Utf8 append(boolean b) {
    return append(b ? "true" : "false");
  }

  Utf8 append(byte[] encoded) {
    ensure(encoded.length);
    System.arraycopy(encoded, 0, bytes, length, encoded.length);
    length += encoded.length;
    return this;
  }

  int length() {
    return length;
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
