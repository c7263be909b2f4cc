package dev.advise.cli;

import java.util.Iterator;
import java.util.Optional;

/** {@code --color=auto|always|never}. */
enum ColorMode implements IdNamed {
  AUTO("auto"),
  ALWAYS("always"),
  NEVER("never");

  private final String id;

  ColorMode(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Auto colours only a terminal on stdout, never when NO_COLOR is set to anything non-empty, and
   * never a terminal that says it cannot ({@code TERM=dumb}).
   */
  boolean enabled(Environment env) {
    return switch (this) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO ->
          env.terminal()
              && !env.dumbTerminal()
              && env.variable("NO_COLOR").filter(v -> !v.isEmpty()).isEmpty();
    };
  }

  /** The colour mode with this name, if there is one. */
  static Optional<ColorMode> byId(String id) {
    return IdNamed.byId(values(), id);
  }

  /** The names picocli shows in help and completion. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return IdNamed.ids(values()).iterator();
    }
  }
}
