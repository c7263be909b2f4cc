package dev.advise.rules;

import static dev.advise.rules.RuleValueReader.ids;

import dev.advise.descriptor.NodeReader;
import dev.advise.descriptor.Quote;
import dev.advise.model.Dimension;
import dev.advise.model.Substrate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the parts of one rule file (sources, policy, baseline, rules) into drafts, collecting
 * located problems. Whole-set checks (duplicate ids, cited sources) are {@link RuleLoader}'s.
 */
final class RuleFileReader {

  static final List<String> TOP = List.of("sources", "policy", "baseline", "rules");
  private static final List<String> RULE_KEYS =
      List.of(
          "id",
          "title",
          "dimension",
          "when",
          "effects",
          "importance",
          "exclude",
          "cap",
          "conditions",
          "because",
          "sources",
          "disputedBy",
          "enabled",
          "cases");
  private static final List<String> POLICY_KEYS = Policy.KEYS;
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

  private final String file;
  private final NodeReader in;

  /** The readers of text, numbers, substrates and citations; it keeps the citations read. */
  final RuleValueReader values;

  final List<SwitchOff> switchOffs = new ArrayList<>();

  /** Each rule read, by id, with its test cases (none when it has no {@code cases:}). */
  final Map<String, List<RuleCase>> cases = new HashMap<>();

  /**
   * Whether to read {@code cases:}; advising never needs them (D56), only {@code advise rules
   * test}.
   */
  private final boolean readCases;

  RuleFileReader(String file, NodeReader in, boolean readCases) {
    this.file = file;
    this.in = in;
    this.values = new RuleValueReader(file, in);
    this.readCases = readCases;
  }

  Map<String, NodeReader.Entry> top(MappingNode root) {
    return in.entries(root, "", TOP);
  }

  void sources(Node node, Map<String, SourceDoc> out) {
    new SourceReader(in).read(node, out);
  }

  Optional<Policy> policy(Node node) {
    Optional<MappingNode> m = in.mapping(node, "policy");
    if (m.isEmpty()) {
      return Optional.empty();
    }
    Map<String, NodeReader.Entry> e = in.entries(m.get(), "policy", POLICY_KEYS);
    int[] v = new int[POLICY_KEYS.size()];
    for (int i = 0; i < v.length; i++) {
      String key = POLICY_KEYS.get(i);
      NodeReader.Entry entry = e.get(key);
      if (entry == null) {
        in.problem(node, "policy." + key, "is required");
        continue;
      }
      v[i] = values.integer(entry.value(), "policy." + key, 0, 100).orElse(0);
    }
    return in.hasProblems() ? Optional.empty() : Optional.of(Policy.of(v));
  }

  void baseline(Node node, Map<Dimension, Baseline.Entry> out) {
    in.mapping(node, "baseline")
        .ifPresent(
            m -> {
              for (NodeReader.Entry e :
                  in.entries(m, "baseline", ids(Dimension.values())).values()) {
                Dimension d = Dimension.byId(e.name()).orElseThrow();
                baselineEntry(e.value(), "baseline." + e.name()).ifPresent(b -> out.put(d, b));
              }
            });
  }

  private Optional<Baseline.Entry> baselineEntry(Node node, String path) {
    Optional<MappingNode> m = in.mapping(node, path);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    List<String> keys = new ArrayList<>(List.of("because", "sources"));
    keys.addAll(ids(Substrate.values()));
    Map<String, NodeReader.Entry> e = in.entries(m.get(), path, keys);
    Map<Substrate, Integer> capability = new EnumMap<>(Substrate.class);
    for (Substrate s : Substrate.values()) {
      NodeReader.Entry entry = e.get(s.id());
      if (entry == null) {
        in.problem(node, path + "." + s.id(), "is required (a capability from 0 to 100)");
      } else {
        values
            .integer(entry.value(), path + "." + s.id(), 0, 100)
            .ifPresent(c -> capability.put(s, c));
      }
    }
    String because = values.required(node, e, "because", path).orElse("");
    List<String> sources = values.sources(node, e.get("sources"), path);
    return capability.size() == Substrate.values().length
        ? Optional.of(new Baseline.Entry(capability, because, sources))
        : Optional.empty();
  }

  Optional<Rule> rule(Node node, String path) {
    Optional<MappingNode> m = in.mapping(node, path);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    int before = in.problems().size();
    Map<String, NodeReader.Entry> e = in.entries(m.get(), path, RULE_KEYS);
    if (e.containsKey("enabled") && SwitchOff.read(in, file, node, e, path, switchOffs)) {
      return Optional.empty();
    }
    String id = values.required(node, e, "id", path).orElse("");
    if (!id.isEmpty() && !ID.matcher(id).matches()) {
      in.problem(
          e.get("id").value(),
          path + ".id",
          Quote.of(id)
              + " is not a rule id (expected dotted lower-case words, e.g. latency.microsecond-budget)");
    }
    String title = values.required(node, e, "title", path).orElse("");
    Optional<Dimension> dimension =
        values
            .required(node, e, "dimension", path)
            .flatMap(
                d -> {
                  Optional<Dimension> dim = Dimension.byId(d);
                  if (dim.isEmpty()) {
                    in.problem(
                        e.get("dimension").value(),
                        path + ".dimension",
                        Quote.of(d)
                            + " is not a dimension"
                            + NodeReader.hint(d, ids(Dimension.values())));
                  }
                  return dim;
                });
    Optional<Condition> when =
        e.containsKey("when")
            ? new ConditionReader(in).read(e.get("when").value(), path + ".when")
            : Optional.empty();
    if (!e.containsKey("when")) {
      in.problem(node, path + ".when", "is required (the condition under which the rule applies)");
    }
    Map<Substrate, Integer> effects = new EnumMap<>(Substrate.class);
    if (e.containsKey("effects")) {
      values.substrateMap(
          e.get("effects").value(),
          path + ".effects",
          (s, v, p) -> values.integer(v, p, -100, 100).ifPresent(n -> effects.put(s, n)));
    }
    int importance =
        e.containsKey("importance")
            ? values.integer(e.get("importance").value(), path + ".importance", -5, 5).orElse(0)
            : 0;
    Set<Substrate> exclude =
        e.containsKey("exclude")
            ? values.substrates(e.get("exclude").value(), path + ".exclude")
            : Set.of();
    Map<Substrate, Integer> caps = new EnumMap<>(Substrate.class);
    if (e.containsKey("cap")) {
      values.substrateMap(
          e.get("cap").value(),
          path + ".cap",
          (s, v, p) -> values.integer(v, p, 0, 100).ifPresent(n -> caps.put(s, n)));
    }
    Map<Substrate, String> conditions = new EnumMap<>(Substrate.class);
    if (e.containsKey("conditions")) {
      values.substrateMap(
          e.get("conditions").value(),
          path + ".conditions",
          (s, v, p) ->
              in.scalar(v, p, "the condition as text").ifPresent(t -> conditions.put(s, t)));
    }
    boolean sound = in.problems().size() == before;
    if (sound
        && effects.isEmpty()
        && importance == 0
        && exclude.isEmpty()
        && caps.isEmpty()
        && conditions.isEmpty()) {
      in.problem(
          node, path, "does nothing (expected effects, importance, exclude, cap or conditions)");
    }
    for (Substrate s : conditions.keySet()) {
      if (exclude.contains(s)) {
        in.problem(
            e.get("conditions").value(),
            path + ".conditions." + s.id(),
            "gives a configuration for a substrate the rule also excludes (use a cap or effects if a configuration makes it acceptable)");
      }
    }
    for (Substrate s : caps.keySet()) {
      if (exclude.contains(s)) {
        in.problem(
            e.get("cap").value(),
            path + ".cap." + s.id(),
            "caps a substrate the rule also excludes (an excluded substrate has no score to cap)");
      }
    }
    String because = values.required(node, e, "because", path).orElse("");
    List<String> sources = values.sources(node, e.get("sources"), path);
    Optional<Dispute> dispute =
        e.containsKey("disputedBy")
            ? dispute(e.get("disputedBy").value(), path + ".disputedBy")
            : Optional.empty();
    List<RuleCase> ruleCases =
        readCases && e.containsKey("cases")
            ? new CaseReader(file, in).read(id, e.get("cases").value(), path + ".cases")
            : List.of();
    if (in.problems().size() > before) {
      return Optional.empty();
    }
    cases.put(id, ruleCases);
    var mark = node.getStartMark();
    Rule.Origin origin = new Rule.Origin(file, mark.getLine() + 1, mark.getColumn() + 1);
    return Optional.of(
        new Rule(
            id,
            title,
            dimension.orElseThrow(),
            when.orElseThrow(),
            effects,
            importance,
            exclude,
            caps,
            conditions,
            because,
            sources,
            dispute,
            origin));
  }

  private Optional<Dispute> dispute(Node node, String path) {
    return in.mapping(node, path)
        .flatMap(
            m -> {
              Map<String, NodeReader.Entry> e = in.entries(m, path, List.of("claim", "sources"));
              Optional<String> claim = values.required(node, e, "claim", path);
              List<String> sources = values.sources(node, e.get("sources"), path);
              return claim.map(c -> new Dispute(c, sources));
            });
  }
}
