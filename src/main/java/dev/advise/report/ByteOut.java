package dev.advise.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Output for the formats that encode on the worker threads: their UTF-8 bytes go straight to
 * the stream under the writer, with no decoding and re-encoding on the one thread that writes
 * in order. Where there is no such stream (a test's string writer), the bytes go through the
 * writer as text. Everything such a format writes goes through here, so nothing is reordered.
 */
final class ByteOut {

  private final Writer writer;
  private final OutputStream stream;

  /** @param stream the bytes under {@code writer}, or null */
  ByteOut(Writer writer, OutputStream stream) {
    this.writer = writer;
    this.stream = stream;
    flush(); // whatever the writer holds goes first
  }

  ByteOut write(byte[] utf8) {
    try {
      if (stream != null) {
        stream.write(utf8);
      } else {
        writer.write(new String(utf8, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  ByteOut write(String text) {
    return write(text.getBytes(StandardCharsets.UTF_8));
  }

  void flush() {
    try {
      writer.flush();
      if (stream != null) {
        stream.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
