package dev.advise.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** A writer that throws unchecked, so formats read as plain sequences of writes. */
final class Out {

  private final Writer writer;

  Out(Writer writer) {
    this.writer = writer;
  }

  Out print(String s) {
    try {
      writer.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  Out line(String s) {
    return print(s).print("\n");
  }

  void flush() {
    try {
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
