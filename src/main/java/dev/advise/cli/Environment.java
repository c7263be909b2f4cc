package dev.advise.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;

/**
 * What the command reads from its surroundings, passed in so tests can set it.
 *
 * @param stdout the byte stream under the {@code out} writer the command is given, for formats
 *     that encode on the worker threads and write bytes; null when that writer is all there is
 */
public record Environment(InputStream stdin, Map<String, String> variables, boolean terminal, OutputStream stdout) {

  /** Output through the writer only. */
  public Environment(InputStream stdin, Map<String, String> variables, boolean terminal) {
    this(stdin, variables, terminal, null);
  }

  public static Environment system() {
    return new Environment(System.in, System.getenv(), System.console() != null, System.out);
  }

  public Optional<String> variable(String name) {
    return Optional.ofNullable(variables.get(name));
  }
}
