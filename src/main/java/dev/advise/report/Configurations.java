package dev.advise.report;

import dev.advise.engine.Reason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configurations a substrate is scored with, as the human formats show them: several rules
 * often ask for the same configuration in the same words (a sandboxed runtime for untrusted code
 * and for untrusted tenants), and a reader needs it said once, with every rule that asks for it.
 * JSON keeps one entry per rule, as the contract says.
 */
final class Configurations {

  /** One configuration, in the words of the first rule that asked for it, and every such rule. */
  record Shown(String message, List<String> rules) {}

  private Configurations() {}

  /** The distinct configurations in {@code conditions}, in the order they first appear. */
  static List<Shown> distinct(List<Reason> conditions) {
    Map<String, List<String>> rules = new LinkedHashMap<>();
    for (Reason c : conditions) {
      List<String> ids = rules.computeIfAbsent(c.message(), m -> new ArrayList<>());
      if (!ids.contains(c.rule())) {
        ids.add(c.rule());
      }
    }
    List<Shown> out = new ArrayList<>(rules.size());
    rules.forEach((message, ids) -> out.add(new Shown(message, List.copyOf(ids))));
    return out;
  }
}
