package dev.advise.cli;

import dev.advise.descriptor.Suggest;
import dev.advise.report.RuleListing;
import dev.advise.rules.Rule;
import dev.advise.rules.RuleSet;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** Runs {@code advise rules} and {@code advise explain}. */
final class RuleCommands {

  private RuleCommands() {}

  static int run(Object command, PrintWriter out, PrintWriter err) {
    if (command instanceof RulesCommand list) {
      Optional<RuleSet> rules = Main.rules(list.rules, err);
      if (rules.isEmpty()) {
        return ExitCode.INVALID_INPUT;
      }
      switch (list.format) {
        case "table" -> RuleListing.list(rules.get(), out);
        case "markdown" -> RuleListing.reference(rules.get(), Examples.firing(rules.get()), out);
        default -> {
          err.println("advise: '" + list.format + "' is not a format for rules (expected one of: table, markdown)");
          return ExitCode.USAGE;
        }
      }
      return ExitCode.OK;
    }
    ExplainCommand explain = (ExplainCommand) command;
    Optional<RuleSet> rules = Main.rules(explain.rules, err);
    if (rules.isEmpty()) {
      return ExitCode.INVALID_INPUT;
    }
    Optional<Rule> rule = rules.get().rule(explain.id);
    if (rule.isEmpty()) {
      List<String> ids = rules.get().rules().stream().map(Rule::id).toList();
      err.println("advise: no rule " + dev.advise.descriptor.Quote.of(explain.id)
          + Suggest.closest(explain.id, ids).map(s -> " (did you mean " + s + "?)").orElse(" ('advise rules' lists them)"));
      return ExitCode.INVALID_INPUT;
    }
    RuleListing.explain(rule.get(), rules.get(), Examples.firing(rules.get()).getOrDefault(explain.id, List.of()), out);
    return ExitCode.OK;
  }
}
