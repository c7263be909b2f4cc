package dev.advise.cli;

import dev.advise.descriptor.Problem;
import dev.advise.descriptor.Quote;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The run's effective options: each from the command line when given there, else from its {@code
 * ADVISE_<OPTION>} variable, else from the configuration file, else its default; and where each
 * came from, for {@code advise config}. A list option takes all its values from the one place that
 * sets it (a flag's patterns replace the file's, never add to them).
 */
final class Settings {

  /**
   * Where a setting came from: {@code flag}, {@code env}, {@code file} or {@code default}, and
   * which one.
   */
  record Origin(String kind, String where, int line) {
    static final Origin DEFAULT = new Origin("default", "", 0);

    /**
     * {@code flag --format}, {@code env ADVISE_TOLERANCE}, {@code file .advise.yaml:3}, {@code
     * default}.
     */
    String describe() {
      return switch (kind) {
        case "file" -> "file " + where + ":" + line;
        case "default" -> kind;
        default -> kind + " " + where;
      };
    }
  }

  /** The options in effect, the configuration file read (or null), and each option's origin. */
  record Resolved(Options options, String configFile, Map<RunOption, Origin> origins) {}

  private Settings() {}

  /**
   * Layers the environment and the configuration file under the options the command line gave;
   * empty when a variable or the file is wrong, which has then been said on {@code err}.
   *
   * @param workingDir where the search for {@code .advise.yaml} starts
   */
  static Optional<Resolved> resolve(
      Options options, Set<RunOption> given, Environment env, Path workingDir, PrintWriter err) {
    Map<RunOption, Origin> origins = new EnumMap<>(RunOption.class);
    for (RunOption o : given) {
      origins.put(o, new Origin("flag", o.name, 0));
    }
    if (options.noConfig && options.config != null) {
      Main.usage(err, "--config and --no-config contradict each other (give one)");
      return Optional.empty();
    }
    Optional<Path> file =
        options.noConfig
            ? Optional.empty()
            : options.config != null ? Optional.of(options.config) : find(workingDir);
    ConfigFile.Loaded loaded = null;
    if (file.isPresent()) {
      loaded = ConfigFile.read(file.get());
      if (!loaded.problems().isEmpty()) {
        for (Problem p : loaded.problems()) {
          err.println(Quote.escaped(p.format()));
        }
        err.flush();
        return Optional.empty();
      }
    }
    for (RunOption o : RunOption.values()) {
      if (!o.configurable || given.contains(o)) {
        continue;
      }
      // An empty variable is an unset one, as CI systems expand a variable they do not have.
      String variable = env.variables().get(o.variable());
      if (variable != null && !variable.isEmpty()) {
        try {
          o.set(options, fromVariable(o, variable));
        } catch (RunOption.Refused e) {
          Main.usage(err, o.variable() + ": " + e.getMessage());
          return Optional.empty();
        }
        origins.put(o, new Origin("env", o.variable(), 0));
      } else if (loaded != null && loaded.settings().containsKey(o)) {
        ConfigFile.Setting s = loaded.settings().get(o);
        o.set(options, s.value());
        origins.put(o, new Origin("file", loaded.shown(), s.line()));
      }
    }
    for (RunOption o : RunOption.values()) {
      origins.putIfAbsent(o, Origin.DEFAULT);
    }
    return Optional.of(new Resolved(options, loaded == null ? null : loaded.shown(), origins));
  }

  /**
   * The nearest {@code .advise.yaml} from {@code start} up to the repository root, the nearest
   * folder holding {@code .git} (a folder, or the file a worktree or submodule has); outside a
   * repository, only {@code start} itself is looked in, so that a file in a home or temporary
   * folder never reaches every run below it. The path is relative to {@code start} ({@code
   * .advise.yaml}, {@code ../.advise.yaml}) so that messages and the paths it names stay short.
   */
  static Optional<Path> find(Path start) {
    Path absolute = start.toAbsolutePath();
    try {
      // the folders as the system walks "..": a working folder reached through a link has the
      // link's target's parent above it
      absolute = absolute.toRealPath();
    } catch (IOException e) {
      return Optional.empty();
    }
    Path relative = Path.of("");
    List<Path> candidates = new ArrayList<>();
    for (Path dir = absolute; dir != null; dir = dir.getParent()) {
      candidates.add(relative.resolve(ConfigFile.NAME));
      if (Files.exists(dir.resolve(".git"))) {
        for (Path candidate : candidates) {
          if (Files.isRegularFile(absolute.resolve(candidate))) {
            return Optional.of(start.resolve(candidate));
          }
        }
        return Optional.empty();
      }
      relative = relative.resolve("..");
    }
    return Files.isRegularFile(absolute.resolve(ConfigFile.NAME))
        ? Optional.of(start.resolve(ConfigFile.NAME))
        : Optional.empty();
  }

  /**
   * A variable's text as the option's value: a flag is {@code true}, {@code false}, {@code 1} or
   * {@code 0}; a list option's values are separated by commas (outside the braces and brackets of a
   * pattern, whose commas belong to it).
   */
  static Object fromVariable(RunOption option, String text) throws RunOption.Refused {
    switch (option.kind) {
      case FLAG -> {
        if (text.equals("true") || text.equals("1")) {
          return Boolean.TRUE;
        }
        if (text.equals("false") || text.equals("0")) {
          return Boolean.FALSE;
        }
        throw new RunOption.Refused(Quote.of(text) + " is not true or false (nor 1 or 0)");
      }
      case LIST -> {
        List<Object> values = new ArrayList<>();
        for (String item : items(text)) {
          if (item.isEmpty()) {
            throw new RunOption.Refused(
                "an empty item in " + Quote.of(text) + " (items are separated by commas)");
          }
          values.add(option.parse(item));
        }
        return values;
      }
      default -> {
        return option.parse(text);
      }
    }
  }

  /**
   * The comma-separated items of {@code text}, splitting only outside {@code {...}} and {@code
   * [...]}.
   */
  static List<String> items(String text) {
    List<String> items = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if ((c == '}' || c == ']') && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0) {
        items.add(text.substring(start, i));
        start = i + 1;
      }
    }
    items.add(text.substring(start));
    return items;
  }
}
