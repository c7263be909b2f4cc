package dev.advise.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where the report goes: stdout, or {@code --output FILE} written to a temporary file beside it
 * and renamed into place when complete, so an interrupted run never leaves half a report.
 */
class Output implements AutoCloseable {

  /** Reports can be large; a bigger buffer writes them in fewer system calls. */
  private static final int BUFFER = 1 << 16;

  private final Writer writer;
  private final OutputStream stream;
  private final Path target;
  private final Path temporary;
  private boolean committed;

  private Output(Writer writer, OutputStream stream, Path target, Path temporary) {
    this.writer = writer;
    this.stream = stream;
    this.target = target;
    this.temporary = temporary;
  }

  /** Standard output: the writer, and the byte stream under it when there is one (or null). */
  static Output stdout(PrintWriter out, OutputStream bytes) {
    return new Output(out, bytes, null, null);
  }

  static Output file(Path target) throws IOException {
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      // A device or pipe (/dev/null, a FIFO) cannot be replaced by a rename, and must not be:
      // write to it directly.
      OutputStream stream = new BufferedOutputStream(Files.newOutputStream(target), BUFFER);
      return new Output(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), stream, null, null) {
        @Override
        public void close() throws IOException {
          writer().close();
        }
      };
    }
    Path dir = target.toAbsolutePath().getParent();
    Path temporary = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temporary), BUFFER);
    return new Output(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), stream, target, temporary);
  }

  Writer writer() {
    return writer;
  }

  /** The bytes under {@link #writer()}, or null; flush the writer before writing here. */
  OutputStream stream() {
    return stream;
  }

  /** Moves the finished file into place; without this, close() discards it. */
  void commit() throws IOException {
    writer.flush();
    if (target == null) {
      return;
    }
    writer.close();
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (target == null) {
      writer.flush();
      return;
    }
    if (!committed) {
      writer.close();
      Files.deleteIfExists(temporary);
    }
  }
}
