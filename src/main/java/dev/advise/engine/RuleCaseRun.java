package dev.advise.engine;

import dev.advise.model.Metadata;
import dev.advise.model.Workload;
import dev.advise.rules.Condition;
import dev.advise.rules.Rule;
import dev.advise.rules.RuleCase;
import dev.advise.rules.RuleSet;
import dev.advise.rules.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Runs rules' test cases ({@code advise rules test}): a {@code fires} case passes when the rule's
 * condition holds on its spec and the advice for it names the rule; a {@code quiet} case when the
 * condition does not hold (false or unknown: a rule fires only on true).
 */
public final class RuleCaseRun {

  /** One case's outcome, with what went wrong in words when it failed. */
  public record Result(RuleCase testCase, boolean passed, String message) {}

  private RuleCaseRun() {}

  /** Every case in order; a case of a rule the set does not hold (switched off since) fails. */
  public static List<Result> run(RuleSet rules, List<RuleCase> cases) {
    Advisor advisor = new Advisor(rules);
    List<Result> out = new ArrayList<>();
    for (RuleCase c : cases) {
      out.add(
          rules
              .rule(c.rule())
              .map(rule -> run(advisor, rule, c))
              .orElseGet(
                  () ->
                      new Result(
                          c,
                          false,
                          c.rule() + " is not in the rule set (switched off by a later folder?)")));
    }
    return out;
  }

  private static Result run(Advisor advisor, Rule rule, RuleCase c) {
    Truth truth = rule.when().test(c.spec());
    if (!c.fires()) {
      return truth == Truth.TRUE
          ? new Result(
              c, false, rule.id() + " must not fire, but it does: " + rule.when().describe())
          : new Result(
              c,
              true,
              rule.id()
                  + " stays quiet"
                  + (truth == Truth.UNKNOWN ? " (its condition is unknown)" : ""));
    }
    if (truth == Truth.FALSE) {
      return new Result(
          c,
          false,
          rule.id() + " must fire, but its condition is false: " + rule.when().describe());
    }
    if (truth == Truth.UNKNOWN) {
      return new Result(
          c,
          false,
          rule.id()
              + " must fire, but its condition is unknown: the case does not give "
              + String.join(", ", unstated(rule.when(), c)));
    }
    Workload workload = new Workload(new Metadata("case", "", "", Map.of()), c.spec(), null);
    return names(advisor.advise(workload), rule.id())
        ? new Result(c, true, rule.id() + " fires")
        : new Result(
            c,
            false,
            rule.id() + " fires, but the advice does not name it (does it change anything here?)");
  }

  private static List<String> unstated(Condition when, RuleCase c) {
    TreeSet<String> fields = new TreeSet<>();
    when.comparisons(
        compare -> {
          if (c.spec().valueOrNull(compare.field()) == null) {
            fields.add(compare.field().path());
          }
        });
    return List.copyOf(fields);
  }

  /**
   * Whether any reason of the advice (importance, effect, cap, exclusion, condition) is the rule's.
   */
  private static boolean names(Advice advice, String id) {
    if (advice.importanceReasons().stream().anyMatch(r -> r.rule().equals(id))) {
      return true;
    }
    for (Ranked ranked : advice.ranking()) {
      for (List<Reason> reasons :
          List.of(ranked.reasons(), ranked.exclusions(), ranked.conditions())) {
        if (reasons.stream().anyMatch(r -> r.rule().equals(id))) {
          return true;
        }
      }
    }
    return false;
  }
}
