package dev.advise.cli;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/** What the command reads from its surroundings, passed in so tests can set it. */
public record Environment(InputStream stdin, Map<String, String> variables, boolean terminal) {

  public static Environment system() {
    return new Environment(System.in, System.getenv(), System.console() != null);
  }

  public Optional<String> variable(String name) {
    return Optional.ofNullable(variables.get(name));
  }
}
