package dev.advise.batch;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * File names as the JVM sees them. A name is bytes; the JVM decodes it with its encoding for names
 * ({@code sun.jnu.encoding}, ASCII in the C locale common in CI containers), and a byte it cannot
 * decode becomes U+FFFD. Such a name cannot be shown truly, nor opened again by it: it is an error
 * for that file alone, never the end of the run.
 */
final class FileNames {

  private static final char REPLACEMENT = '\uFFFD';

  private FileNames() {}

  /**
   * Whether {@code name}, the decoded form of {@code path}, names it faithfully. Only a name
   * holding U+FFFD needs a second look (a name may truly hold it), so the walk pays nothing for
   * ordinary names.
   */
  static boolean faithful(Path path, String name) {
    if (name.indexOf(REPLACEMENT) < 0) {
      return true;
    }
    try {
      return Path.of(name).equals(path);
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** Whether a command-line argument may have come from bytes that did not decode. */
  static boolean decoded(String arg) {
    return arg.indexOf(REPLACEMENT) < 0;
  }

  /** Why such a name is refused, and what to do about it. */
  static String undecodable() {
    String encoding = System.getProperty("sun.jnu.encoding", "");
    return encoding.equalsIgnoreCase("UTF-8")
        ? "the name is not valid UTF-8, so it cannot be shown or opened truly (rename the file)"
        : "the name is not valid in the encoding Java uses for file names here ("
            + encoding
            + "); run with a UTF-8 locale, e.g. LANG=C.UTF-8, or rename the file";
  }
}
