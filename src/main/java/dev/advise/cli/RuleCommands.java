package dev.advise.cli;

import dev.advise.descriptor.Quote;
import dev.advise.descriptor.Suggest;
import dev.advise.engine.RuleCaseRun;
import dev.advise.model.Dimension;
import dev.advise.report.RuleCaseReport;
import dev.advise.report.RuleListing;
import dev.advise.report.Sink;
import dev.advise.rules.Rule;
import dev.advise.rules.RuleLoader;
import dev.advise.rules.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What {@code advise rules}, {@code advise rules test} and {@code advise explain} do. */
final class RuleCommands {

  private RuleCommands() {}

  /** A subcommand's rule set, or (with null rules) the exit code that says why there is none. */
  private record Loaded(RuleSet rules, int exit) {}

  /**
   * The rules {@code advise rules} and {@code advise explain} show: the built-in set under the
   * folders in effect (their {@code --rules}, else {@code ADVISE_RULES}, else the config file). A
   * bad config file is a usage error (2), invalid rule files are invalid input (3).
   */
  private static Loaded load(Subcommand command, List<Path> flags, PrintWriter err) {
    Optional<List<Path>> folders = command.rulesInEffect(flags);
    if (folders.isEmpty()) {
      return new Loaded(null, ExitCode.USAGE);
    }
    return RuleSets.load(folders.get(), err)
        .map(r -> new Loaded(r, ExitCode.OK))
        .orElseGet(() -> new Loaded(null, ExitCode.INVALID_INPUT));
  }

  /** {@code advise rules}: a line per rule, or the Markdown reference. */
  static int list(RulesCommand list, PrintWriter out, PrintWriter err) {
    Loaded loaded = load(list, list.rules, err);
    if (loaded.rules() == null) {
      return loaded.exit();
    }
    RuleSet rules = loaded.rules();
    switch (list.format) {
      case "table" -> RuleListing.list(rules, stdout(list, out));
      case "markdown" -> RuleListing.reference(rules, Examples.firing(rules), stdout(list, out));
      default -> {
        err.println(
            "advise: '"
                + list.format
                + "' is not a format for rules (expected one of: table, markdown)");
        return ExitCode.USAGE;
      }
    }
    return ExitCode.OK;
  }

  /** {@code advise explain RULE-ID}: one rule (or a dimension's baseline) in full. */
  static int explain(ExplainCommand explain, PrintWriter out, PrintWriter err) {
    Loaded loaded = load(explain, explain.rules, err);
    if (loaded.rules() == null) {
      return loaded.exit();
    }
    RuleSet rules = loaded.rules();
    Optional<Rule> rule = rules.rule(explain.id);
    Optional<Dimension> baseline =
        explain.id.startsWith(BASELINE)
            ? Dimension.byId(explain.id.substring(BASELINE.length()))
            : Optional.empty();
    if (baseline.isPresent()) {
      RuleListing.explainBaseline(baseline.get(), rules, stdout(explain, out));
      return ExitCode.OK;
    }
    if (rule.isEmpty()) {
      // the argument names nothing: a usage error (exit 2) like an unknown format, since no
      // input was read that could be invalid
      return Main.usage(
          err,
          "no rule "
              + Quote.of(explain.id)
              + suggestion(explain.id, rules)
                  .map(s -> " (did you mean " + s + "?)")
                  .orElse(" ('advise rules' lists them)"));
    }
    RuleListing.explain(
        rule.get(),
        rules,
        Examples.firing(rules).getOrDefault(explain.id, List.of()),
        stdout(explain, out));
    return ExitCode.OK;
  }

  /** {@code advise rules test}: 0 when every case passes, 1 when one fails, 3 for invalid rules. */
  static int test(RulesTestCommand test, PrintWriter out, PrintWriter err) {
    if (!test.format.equals("table") && !test.format.equals("json")) {
      return Main.usage(
          err,
          "'" + test.format + "' is not a format for rules test (expected one of: table, json)");
    }
    Optional<RuleLoader.Tested> tested = RuleSets.loadTested(test.folders, err);
    if (tested.isEmpty()) {
      return ExitCode.INVALID_INPUT;
    }
    List<RuleCaseRun.Result> results = RuleCaseRun.run(tested.get().rules(), tested.get().cases());
    if (test.format.equals("json")) {
      RuleCaseReport.json(results, tested.get().untested(), stdout(test, out));
    } else {
      RuleCaseReport.text(results, tested.get().untested(), stdout(test, out));
    }
    return results.stream().allMatch(RuleCaseRun.Result::passed)
        ? ExitCode.OK
        : ExitCode.CHECK_FAILED;
  }

  /** Standard output as a run writes it: bytes, after what the command's writer holds. */
  private static Sink stdout(Subcommand command, PrintWriter out) {
    return Output.stdout(out, command.context().env().stdout()).sink();
  }

  /**
   * Reasons cite each dimension's starting point as {@code baseline.DIMENSION}; explain takes it
   * too.
   */
  private static final String BASELINE = "baseline.";

  /**
   * The id meant by one that is not known: a near miss of a rule or baseline id (a typo), else the
   * id whose last part, after the dot, is what was written or begins with it (the name without its
   * dimension), else the first id that holds it.
   */
  static Optional<String> suggestion(String written, RuleSet rules) {
    List<String> ids = new ArrayList<>(rules.rules().stream().map(Rule::id).toList());
    Dimension.all().forEach(d -> ids.add(BASELINE + d.id()));
    Optional<String> close = Suggest.closest(written, ids);
    if (close.isPresent() || written.isEmpty()) {
      return close;
    }
    String lower = written.toLowerCase(Locale.ROOT);
    Optional<String> byName =
        ids.stream()
            .sorted()
            .filter(id -> id.substring(id.indexOf('.') + 1).startsWith(lower))
            .findFirst();
    return byName.isPresent()
        ? byName
        : ids.stream().sorted().filter(id -> id.contains(lower)).findFirst();
  }
}
