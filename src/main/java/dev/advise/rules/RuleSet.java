package dev.advise.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A validated, complete set of knowledge: sources, policy, baseline and rules sorted by id. */
public record RuleSet(
    Map<String, SourceDoc> sources, Policy policy, Baseline baseline, List<Rule> rules) {

  public RuleSet {
    sources = Map.copyOf(sources);
    rules = List.copyOf(rules);
  }

  public Optional<Rule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
