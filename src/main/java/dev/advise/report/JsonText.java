package dev.advise.report;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small JSON writer straight into UTF-8 bytes ({@link Utf8}), compact or pretty (two-space
 * indents, "\n", {@code "name": value}, empty containers as {@code [ ]} and {@code { }}: the layout
 * the JSON formats have always had). It exists because encoding results is most of a batch's output
 * work: it writes straight into text, with no reflection, no intermediate objects and no
 * char-to-byte round trips, and lets a caller splice in a fragment it encoded before ({@link
 * #raw}). Strings are escaped as JSON requires ({@link Utf8#appendQuoted}).
 */
final class JsonText {

  private static final int MAX_DEPTH = 32;

  private final Utf8 sb;
  private final boolean pretty;
  private final int baseDepth;

  /** Per open container: how many entries it has so far. */
  private final int[] entries = new int[MAX_DEPTH];

  private int depth;

  /** A field name was just written; the value follows it directly. */
  private boolean afterName;

  /**
   * @param baseDepth how deeply nested the first value is, so that a fragment encoded on its own
   *     lines up with the document it is spliced into
   */
  JsonText(Utf8 sb, boolean pretty, int baseDepth) {
    this.sb = sb;
    this.pretty = pretty;
    this.baseDepth = baseDepth;
  }

  /**
   * An encoder for elements of an array that another encoder opened: each value written is an
   * element at {@code depth}, after the comma and (pretty) the line break the array's own encoder
   * would have written; the first has no comma. A worker encodes a file's results so, and the
   * writer puts them into its document in input order ({@link #elementsFollow}).
   */
  static JsonText elements(Utf8 sb, boolean pretty, int depth) {
    JsonText j = new JsonText(sb, pretty, depth - 1);
    j.depth = 1;
    return j;
  }

  Utf8 bytes() {
    return sb;
  }

  /** How deeply the next value is nested, counting the base depth. */
  int depth() {
    return baseDepth + depth;
  }

  JsonText beginObject() {
    beforeValue();
    sb.append('{');
    open();
    return this;
  }

  JsonText endObject() {
    close('}');
    return this;
  }

  JsonText beginArray() {
    beforeValue();
    sb.append('[');
    open();
    return this;
  }

  JsonText endArray() {
    close(']');
    return this;
  }

  /** A field name quoted once, for the names a format writes for every result. */
  static final class Name {
    private final byte[] quoted;

    private Name(byte[] quoted) {
      this.quoted = quoted;
    }

    static Name of(String name) {
      return new Name(new Utf8(name.length() + 2).appendQuoted(name).toByteArray());
    }
  }

  JsonText name(Name name) {
    separate();
    sb.append(name.quoted);
    sb.append(':');
    if (pretty) {
      sb.append(' ');
    }
    afterName = true;
    return this;
  }

  JsonText field(Name name, String value) {
    return name(name).value(value);
  }

  JsonText field(Name name, int value) {
    return name(name).value(value);
  }

  JsonText field(Name name, boolean value) {
    return name(name).value(value);
  }

  JsonText strings(Name name, Iterable<String> values) {
    name(name).beginArray();
    for (String v : values) {
      value(v);
    }
    return endArray();
  }

  /** An array of words ({@link #word}): field paths of the catalogue, say. */
  JsonText words(Name name, Iterable<String> words) {
    name(name).beginArray();
    for (String w : words) {
      word(w);
    }
    return endArray();
  }

  /** A field name given as text (a closed-set id used as a key): quoted once and kept. */
  JsonText name(String name) {
    return name(Words.name(name));
  }

  JsonText value(String s) {
    beforeValue();
    if (s == null) {
      sb.appendNull();
    } else {
      sb.appendQuoted(s);
    }
    return this;
  }

  /**
   * A value from a closed set (a substrate, verdict or confidence id, a field path of the
   * catalogue), quoted once and kept; or null.
   */
  JsonText word(String word) {
    if (word == null) {
      return value((String) null);
    }
    beforeValue();
    sb.append(Words.name(word).quoted);
    return this;
  }

  JsonText value(int n) {
    beforeValue();
    sb.append(n);
    return this;
  }

  /** A number with one decimal, given in tenths: 126 as 12.6, -3 as -0.3, 130 as 13.0. */
  JsonText tenths(int tenths) {
    beforeValue();
    if (tenths < 0) {
      sb.append('-');
    }
    int abs = Math.abs(tenths);
    sb.append(abs / 10);
    sb.append('.');
    sb.append(abs % 10);
    return this;
  }

  JsonText value(boolean b) {
    beforeValue();
    sb.append(b);
    return this;
  }

  /** Splices in one value encoded before, at the same depth and in the same layout. */
  JsonText raw(byte[] encodedValue) {
    beforeValue();
    sb.append(encodedValue);
    return this;
  }

  /**
   * Elements encoded by an {@link #elements} encoder at this depth follow what this encoder has
   * written, put out by the caller straight after it (so they are never copied in here): the comma
   * that parts them from the array's elements before them.
   */
  JsonText elementsFollow() {
    if (entries[depth]++ > 0) {
      sb.append(',');
    }
    return this;
  }

  JsonText field(String name, int value) {
    return name(name).value(value);
  }

  JsonText field(String name, String value) {
    return name(name).value(value);
  }

  /**
   * The quoted forms of the contract's field names and ids. Callers pass only words from the code
   * and the closed sets, so the map stays small; the cap guards against a future caller passing
   * data.
   */
  private static final class Words {
    private static final int MAX = 512;
    private static final Map<String, Name> QUOTED = new ConcurrentHashMap<>();

    static Name name(String word) {
      Name q = QUOTED.get(word);
      if (q == null) {
        q = Name.of(word);
        if (QUOTED.size() < MAX) {
          QUOTED.putIfAbsent(word, q);
        }
      }
      return q;
    }
  }

  private void open() {
    if (depth + 1 >= MAX_DEPTH) {
      throw new IllegalStateException("JSON nested too deeply");
    }
    entries[++depth] = 0;
  }

  private void close(char bracket) {
    int n = entries[depth--];
    if (!pretty) {
      sb.append(bracket);
    } else if (n == 0) {
      sb.append(' ').append(bracket);
    } else {
      newline(baseDepth + depth);
      sb.append(bracket);
    }
  }

  /** Before a field name or an array element: the comma and the line break it needs. */
  private void separate() {
    if (entries[depth]++ > 0) {
      sb.append(',');
    }
    if (pretty && depth > 0) {
      newline(baseDepth + depth);
    }
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
    } else if (depth > 0) {
      separate();
    }
  }

  private void newline(int indent) {
    sb.append('\n').spaces(2 * indent);
  }
}
