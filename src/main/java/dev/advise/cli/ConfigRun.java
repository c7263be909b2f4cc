package dev.advise.cli;

import dev.advise.report.JsonStrings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/**
 * Runs {@code advise config}: reads the options given around the word {@code config} as a run reads
 * them, layers the environment and the configuration file under them ({@link Settings}), and prints
 * every setting of the table ({@link RunOption}) in table order with its origin. Text by default;
 * JSON when {@code --format json} is given on this command line (a format from the environment or
 * the file is a setting shown, not the form of this listing).
 */
final class ConfigRun {

  private ConfigRun() {}

  static int run(String[] args, Environment env, PrintWriter out, PrintWriter err) {
    List<String> rest = new ArrayList<>(List.of(args));
    rest.remove(
        "config"); // the first one: picocli takes the word for the subcommand wherever it stands
    Options options = new Options();
    CommandLine.ParseResult parsed;
    try {
      parsed = new CommandLine(options).parseArgs(rest.toArray(new String[0]));
    } catch (CommandLine.ParameterException e) {
      return Main.usage(err, e.getMessage());
    }
    if (!options.paths.isEmpty()) {
      return Main.usage(
          err, "config takes the options of a run, not paths (" + options.paths.get(0) + ")");
    }
    Set<RunOption> given = PicocliRun.given(parsed);
    Optional<Settings.Resolved> resolved =
        Settings.resolve(options, given, env, Main.WORKING_DIR, err);
    if (resolved.isEmpty()) {
      return ExitCode.USAGE;
    }
    boolean json = given.contains(RunOption.FORMAT) && options.format == Format.JSON;
    if (json) {
      json(resolved.get(), out);
    } else {
      text(resolved.get(), out);
    }
    out.flush();
    return ExitCode.OK;
  }

  /**
   * The settings shown: every option of a run but the two that choose the file (named in the
   * heading).
   */
  private static List<RunOption> shown() {
    List<RunOption> shown = new ArrayList<>();
    for (RunOption o : RunOption.values()) {
      if (o != RunOption.CONFIG && o != RunOption.NO_CONFIG) {
        shown.add(o);
      }
    }
    return shown;
  }

  private static void text(Settings.Resolved r, PrintWriter out) {
    out.println(
        "configuration file: "
            + (r.configFile() != null
                ? r.configFile()
                : r.options().noConfig ? "none (--no-config)" : "none found"));
    int keyWidth = 0;
    int valueWidth = 0;
    for (RunOption o : shown()) {
      keyWidth = Math.max(keyWidth, o.key().length());
      valueWidth = Math.max(valueWidth, text(o.get(r.options())).length());
    }
    for (RunOption o : shown()) {
      String value = text(o.get(r.options()));
      out.println(
          pad(o.key(), keyWidth + 2) + pad(value, valueWidth + 2) + r.origins().get(o).describe());
    }
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  /** A value as a person writes it: ids for choices, items joined by commas, {@code -} for none. */
  static String text(Object value) {
    if (value == null) {
      return "-";
    }
    if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        return "-";
      }
      List<String> items = new ArrayList<>();
      list.forEach(item -> items.add(text(item)));
      return String.join(",", items);
    }
    return value instanceof IdNamed named ? named.id() : value.toString();
  }

  private static void json(Settings.Resolved r, PrintWriter out) {
    out.println("{");
    out.println(
        "  \"configFile\": "
            + (r.configFile() == null ? "null" : JsonStrings.quoted(r.configFile()))
            + ",");
    out.println("  \"settings\": [");
    List<RunOption> shown = shown();
    for (int i = 0; i < shown.size(); i++) {
      RunOption o = shown.get(i);
      Settings.Origin origin = r.origins().get(o);
      StringBuilder sb =
          new StringBuilder("    {\"name\": ")
              .append(JsonStrings.quoted(o.key()))
              .append(", \"value\": ")
              .append(json(o.get(r.options())))
              .append(", \"source\": ")
              .append(JsonStrings.quoted(origin.kind()));
      switch (origin.kind()) {
        case "flag" -> sb.append(", \"flag\": ").append(JsonStrings.quoted(origin.where()));
        case "env" -> sb.append(", \"variable\": ").append(JsonStrings.quoted(origin.where()));
        case "file" ->
            sb.append(", \"file\": ")
                .append(JsonStrings.quoted(origin.where()))
                .append(", \"line\": ")
                .append(origin.line());
        default -> {}
      }
      out.println(sb.append(i + 1 < shown.size() ? "}," : "}"));
    }
    out.println("  ]");
    out.println("}");
  }

  private static String json(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      list.forEach(item -> items.add(json(item)));
      return "[" + String.join(", ", items) + "]";
    }
    return JsonStrings.quoted(text(value instanceof Path p ? p.toString() : value));
  }
}
