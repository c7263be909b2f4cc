package dev.advise.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import picocli.CommandLine;

/** {@code --color=auto|always|never}. */
enum ColorMode {
  AUTO("auto"),
  ALWAYS("always"),
  NEVER("never");

  private final String id;

  ColorMode(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }

  /**
   * Auto colours only a terminal on stdout, never when NO_COLOR is set to anything non-empty,
   * and never a terminal that says it cannot ({@code TERM=dumb}).
   */
  boolean enabled(Environment env) {
    return switch (this) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> env.terminal() && !env.dumbTerminal()
          && env.variable("NO_COLOR").filter(v -> !v.isEmpty()).isEmpty();
    };
  }

  /** The colour mode with this name, if there is one. */
  static Optional<ColorMode> byId(String id) {
    for (ColorMode c : values()) {
      if (c.id.equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  static final class Converter implements CommandLine.ITypeConverter<ColorMode> {
    @Override
    public ColorMode convert(String value) {
      return (ColorMode) Converters.convert(RunOption.COLOR, value);
    }
  }

  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(c -> c.id).iterator();
    }
  }
}
