package dev.advise.cli;

import dev.advise.report.Sink;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where the report goes: stdout, or {@code --output FILE} written to a temporary file beside it and
 * renamed into place when complete, so an interrupted run never leaves half a report.
 *
 * <p>Either way the formats write UTF-8 bytes, to one {@link Sink} over a buffered byte stream. The
 * temporary file is created as any new file is (so its mode follows the umask), takes the mode of
 * the report it replaces, and is deleted by a shutdown hook if the run is stopped by SIGTERM or
 * SIGINT. A symbolic link is written through: the file it points to is replaced, the link stays.
 * Every failure is a {@link WriteFailed} naming the target as the user gave it.
 */
class Output implements AutoCloseable {

  /** Reports can be large; a bigger buffer writes them in fewer system calls. */
  private static final int BUFFER = 1 << 16;

  private final OutputStream stream;
  private final Sink sink;
  private final String shown;
  private final Path target;
  private final Path temporary;
  private final Thread cleanup;
  private boolean committed;

  private Output(OutputStream stream, String shown, Path target, Path temporary) {
    this.stream = stream;
    this.sink = Sink.of(stream);
    this.shown = shown;
    this.target = target;
    this.temporary = temporary;
    this.cleanup = temporary == null ? null : new Thread(this::discard, "advise-output-cleanup");
    if (cleanup != null) {
      Runtime.getRuntime().addShutdownHook(cleanup);
    }
  }

  /**
   * Standard output: the byte stream under the command's writer, after what the writer holds; or,
   * when the caller gave a writer alone ({@code bytes} null), the writer, decoding.
   */
  static Output stdout(PrintWriter out, OutputStream bytes) {
    out.flush();
    return new Output(
        bytes != null ? bytes : new DecodingStream(out), WriteFailed.STDOUT, null, null);
  }

  static Output file(Path given) {
    String shown = given.toString();
    Path target = given;
    if (Files.isSymbolicLink(given)) {
      try {
        target = given.toRealPath();
      } catch (IOException e) {
        throw new WriteFailed(shown, "a symbolic link to nothing", false);
      }
    }
    try {
      if (Files.exists(target) && !Files.isRegularFile(target)) {
        if (Files.isDirectory(target)) {
          throw new WriteFailed(shown, "is a folder", false);
        }
        // A device or pipe (/dev/null, a FIFO) cannot be replaced by a rename, and must not be:
        // write to it directly.
        return new Output(buffered(Files.newOutputStream(target), shown), shown, null, null);
      }
      Path dir = target.toAbsolutePath().getParent();
      if (!Files.isDirectory(dir)) {
        throw new WriteFailed(
            shown,
            "no such folder " + (given.getParent() == null ? dir : given.getParent()),
            false);
      }
      Path temporary = createTemporary(dir, target.getFileName().toString());
      if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        keepMode(target, temporary);
      }
      return new Output(
          buffered(Files.newOutputStream(temporary, StandardOpenOption.WRITE), shown),
          shown,
          target,
          temporary);
    } catch (IOException e) {
      throw WriteFailed.of(shown, e);
    }
  }

  private static OutputStream buffered(OutputStream raw, String shown) {
    return new BufferedOutputStream(new GuardedStream(raw, shown), BUFFER);
  }

  /**
   * {@code .NAME.<random>.tmp} beside the target, created new with no mode given, so the system
   * applies the umask as it would to the report itself ({@code Files.createTempFile} makes 0600).
   */
  private static Path createTemporary(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path candidate =
          dir.resolve(
              "."
                  + name
                  + "."
                  + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                  + ".tmp");
      try {
        Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
            .close();
        return candidate;
      } catch (FileAlreadyExistsException e) {
        if (attempt == 10) {
          throw e;
        }
      }
    }
  }

  /**
   * The report being replaced keeps its mode (a shared 0644 report stays 0644, a private 0600 one
   * private).
   */
  private static void keepMode(Path target, Path temporary) throws IOException {
    try {
      Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: it has no mode to keep
    }
  }

  /** Where the formats write. */
  Sink sink() {
    return sink;
  }

  /** Moves the finished file into place; without this, close() discards it. */
  void commit() {
    try {
      stream.flush();
      if (target == null) {
        return;
      }
      stream.close();
      synchronized (this) {
        try {
          Files.move(
              temporary,
              target,
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
      }
    } catch (IOException e) {
      throw WriteFailed.of(shown, e);
    }
  }

  @Override
  public void close() {
    if (target == null) {
      try {
        stream.flush();
      } catch (IOException e) {
        throw WriteFailed.of(shown, e);
      }
      return;
    }
    try {
      stream.close();
    } catch (IOException | RuntimeException e) {
      // the report is being discarded, or was closed by commit()
    }
    discard();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // the JVM is shutting down; the hook is running or has run
    }
  }

  /** Deletes the unfinished report; run by close() and by the shutdown hook. */
  private synchronized void discard() {
    if (!committed) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // nothing more can be done on the way out
      }
    }
  }
}
