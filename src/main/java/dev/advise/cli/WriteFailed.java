package dev.advise.cli;

import dev.advise.descriptor.InputText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;

/**
 * The report could not be written: where to (a path, or standard output) and why. Unchecked on
 * purpose: it is thrown from the lowest layer, the byte stream, so that it passes unchanged through
 * every layer above it (a {@code PrintWriter} swallows an {@code IOException}, the XML and JSON
 * writers wrap theirs, the report formats turn theirs into unchecked ones) and reaches {@link
 * Main}, which makes it exit 5, or 141 when the reader closed standard output.
 */
final class WriteFailed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  static final String STDOUT = "standard output";

  private final String target;
  private final String cause;
  private final boolean closedByReader;

  WriteFailed(String target, String cause, boolean closedByReader) {
    super("cannot write " + target + ": " + cause, null, false, false);
    this.target = target;
    this.cause = cause;
    this.closedByReader = closedByReader;
  }

  static WriteFailed of(String target, IOException e) {
    String message = String.valueOf(e.getMessage());
    // The JVM ignores SIGPIPE, so a reader that has gone away shows as this error on write.
    boolean pipe = target.equals(STDOUT) && message.startsWith("Broken pipe");
    return new WriteFailed(target, reason(e), pipe);
  }

  /** What went wrong, in the words the rest of advise uses (lower case, no class names). */
  static String reason(IOException e) {
    String text = InputText.describe(e);
    if (e instanceof FileSystemException f && f.getReason() != null) {
      text = f.getReason();
      if (text.equals("No such file or directory")) {
        text = "no such file or folder";
      }
    }
    return text.length() > 1
            && Character.isUpperCase(text.charAt(0))
            && Character.isLowerCase(text.charAt(1))
        ? Character.toLowerCase(text.charAt(0)) + text.substring(1)
        : text;
  }

  String target() {
    return target;
  }

  /** Says so on stderr (unless the reader left: then silence, as Unix tools do); the exit code. */
  int report(PrintWriter err) {
    if (closedByReader) {
      return ExitCode.CLOSED_BY_READER;
    }
    err.println("advise: cannot write " + target + ": " + cause);
    err.flush();
    return ExitCode.WRITE_FAILED;
  }
}
