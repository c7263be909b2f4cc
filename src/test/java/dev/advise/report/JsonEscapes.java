package dev.advise.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.advise.descriptor.Quote;

/**
 * The JSON escaping of {@link Utf8#appendQuoted}, told to Jackson, for the oracle tests that hold
 * advise's encoder to Jackson. Per UTF-16 unit, as Jackson asks: DEL, and every unit {@link
 * Quote#isUnsafe} flags (surrogates included, so a character outside the Basic Multilingual Plane
 * is written as an escaped pair).
 */
final class JsonEscapes extends CharacterEscapes {

  private static final long serialVersionUID = 1L;

  private static final int[] ASCII = standardAsciiEscapesForJSON();

  static {
    ASCII[0x7F] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ASCII;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    return Quote.isUnsafe(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
  }
}
