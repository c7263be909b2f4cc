package dev.advise.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard input that knows when it was closed. Started with file descriptor 0 closed ({@code
 * advise - <&-}), the JVM reuses descriptor 0 for the first file it opens itself (its module
 * image), and reading "standard input" would read that. So before the first read, where the system
 * shows what descriptor 0 is ({@code /proc/self/fd/0}), a descriptor that leads into the JVM's own
 * installation or to advise's own jar counts as closed, and reading says so. Elsewhere the stream
 * is read as it is.
 */
final class StandardInput extends FilterInputStream {

  private boolean checked;

  StandardInput(InputStream in) {
    super(in);
  }

  private void check() throws IOException {
    if (checked) {
      return;
    }
    checked = true;
    if (reused(Path.of("/proc/self/fd/0"))) {
      throw new IOException("standard input is closed");
    }
  }

  /**
   * Whether {@code fd0}, a link to what descriptor 0 is, leads to a file the JVM opened for itself.
   */
  static boolean reused(Path fd0) {
    if (!Files.isSymbolicLink(fd0)) {
      return false;
    }
    try {
      Path target = Files.readSymbolicLink(fd0);
      Path javaHome = Path.of(System.getProperty("java.home")).toRealPath();
      String classPath = System.getProperty("java.class.path", "");
      return target.startsWith(javaHome)
          || !classPath.isEmpty() && target.equals(Path.of(classPath).toAbsolutePath().normalize());
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public int read() throws IOException {
    check();
    return super.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    check();
    return super.read(b, off, len);
  }
}
