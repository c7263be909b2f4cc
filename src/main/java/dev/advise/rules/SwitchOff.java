package dev.advise.rules;

import dev.advise.descriptor.NodeReader;
import dev.advise.descriptor.Problem;
import dev.advise.descriptor.Quote;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code enabled: false} in a rule entry: a rule of an earlier layer (the built-in rules, or an
 * earlier {@code --rules} folder) switched off by id without restating it. The loader checks that
 * the id names such a rule.
 *
 * @param at where the id is written, for the loader's error when it names no earlier rule
 */
record SwitchOff(String id, Problem at) {

  /**
   * Reads an entry's {@code enabled}. True when the entry is done with: a switch-off (added to
   * {@code out}, which takes only {@code id} beside it), or a value that is not a flag at all.
   * False when the entry defines a rule ({@code enabled: true}, the default).
   */
  static boolean read(
      NodeReader in,
      String file,
      Node node,
      Map<String, NodeReader.Entry> e,
      String path,
      List<SwitchOff> out) {
    NodeReader.Entry enabled = e.get("enabled");
    Optional<String> flag = in.scalar(enabled.value(), path + ".enabled", "true or false");
    if (flag.isEmpty()) {
      return true;
    }
    if (!flag.get().equals("false")) {
      if (!flag.get().equals("true")) {
        in.problem(
            enabled.value(), path + ".enabled", Quote.of(flag.get()) + " is not true or false");
      }
      return false;
    }
    boolean alone = true;
    for (NodeReader.Entry other : e.values()) {
      if (!other.name().equals("id") && !other.name().equals("enabled")) {
        alone = false;
        in.problem(
            other.key(),
            path + "." + other.name(),
            "a rule switched off (enabled: false) takes only its id; leave out enabled to define the rule");
      }
    }
    NodeReader.Entry id = e.get("id");
    if (!alone) {
      return true;
    }
    if (id == null) {
      in.problem(node, path + ".id", "is required (the id of the rule to switch off)");
      return true;
    }
    in.scalar(id.value(), path + ".id", "a rule id")
        .ifPresent(
            text -> {
              var mark = id.value().getStartMark();
              out.add(
                  new SwitchOff(
                      text,
                      new Problem(
                          file, 1, mark.getLine() + 1, mark.getColumn() + 1, path + ".id", "")));
            });
    return true;
  }
}
