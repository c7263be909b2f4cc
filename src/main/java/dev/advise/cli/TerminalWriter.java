package dev.advise.cli;

import dev.advise.descriptor.Quote;
import java.io.IOException;
import java.io.Writer;

/**
 * What advise writes to stderr passes through here, whichever path produced it (its own messages,
 * picocli's usage errors that echo option values, a failed write naming a path, an internal error
 * quoting an exception): every code point {@link Quote#isUnsafe} flags is written as its escape
 * ({@code \u001B}), except the line feed and tab that lay out the messages. Text is passed on as it
 * comes, so nothing is held back or reordered. Only the progress line, which draws with a carriage
 * return and builds its text from numbers alone, writes to the stream underneath.
 */
final class TerminalWriter extends Writer {

  private final Writer out;

  /** A high surrogate that ended the last write, waiting for its other half. */
  private char pendingHigh;

  TerminalWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(char[] text, int off, int len) throws IOException {
    int end = off + len;
    int start = off;
    int i = off;
    if (pendingHigh != 0 && len > 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(text[off])) {
        int cp = Character.toCodePoint(high, text[off]);
        out.write(Quote.isUnsafe(cp) ? Quote.escape(cp) : new String(new char[] {high, text[off]}));
        start = ++i;
      } else {
        out.write(Quote.escape(high));
      }
    }
    while (i < end) {
      char c = text[i];
      if (c == '\n' || c == '\t' || !Quote.isUnsafe(c)) {
        i++;
        continue;
      }
      out.write(text, start, i - start);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == end) {
          pendingHigh = c;
          start = ++i;
          continue;
        }
        int cp = Character.toCodePoint(c, text[i + 1]);
        if (Character.isLowSurrogate(text[i + 1])) {
          out.write(Quote.isUnsafe(cp) ? Quote.escape(cp) : new String(text, i, 2));
          i += 2;
          start = i;
          continue;
        }
      }
      out.write(Quote.escape(c));
      start = ++i;
    }
    out.write(text, start, end - start);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (pendingHigh != 0) {
      out.write(Quote.escape(pendingHigh));
      pendingHigh = 0;
    }
    out.flush();
  }
}
