package dev.advise.descriptor;

/**
 * Something wrong with an input, located as precisely as it can be: the file as the user named it,
 * the 1-based document, line and column (0 when the problem has no position, such as a file that
 * cannot be read), the field path, and what was wrong (with what was expected).
 */
public record Problem(
    String source, int document, int line, int column, String path, String message) {

  /** A problem with a whole file, before any document could be read. */
  public static Problem ofFile(String source, String message) {
    return new Problem(source, 0, 0, 0, "", message);
  }

  /** The same place with this message: for a location kept before what is wrong there is known. */
  public Problem withMessage(String message) {
    return new Problem(source, document, line, column, path, message);
  }

  /** {@code file:line:column: field.path: message}, the form editors and CI logs link. */
  public String format() {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line).append(':').append(column);
    }
    sb.append(": ");
    if (!path.isEmpty()) {
      sb.append(path).append(": ");
    }
    return sb.append(message).toString();
  }
}
