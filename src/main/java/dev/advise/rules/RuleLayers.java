package dev.advise.rules;

import dev.advise.descriptor.NodeReader;
import dev.advise.descriptor.Problem;
import dev.advise.descriptor.Quote;
import dev.advise.descriptor.SafeYaml;
import dev.advise.descriptor.Suggest;
import dev.advise.descriptor.YamlErrors;
import dev.advise.model.Dimension;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The rule set being built from layers of rule files, one layer at a time ({@link RuleLoader} says
 * which layers): what each file holds is added, rules by id, and the problems of every file are
 * collected so that all of them are reported at once.
 */
final class RuleLayers {

  private final Map<String, SourceDoc> sources = new LinkedHashMap<>();
  private final Map<Dimension, Baseline.Entry> baseline = new EnumMap<>(Dimension.class);
  private final Map<String, Rule> rules = new TreeMap<>();
  private final List<RuleValueReader.Citation> citations = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  /** Per rule id in use: its cases and the layer that defined it (cases go with the definition). */
  private final Map<String, LayerCases> cases = new HashMap<>();

  private Policy policy;

  private record LayerCases(int layer, List<RuleCase> cases) {}

  /**
   * The rule set of every layer added, with the cases of the rules that layers from {@code
   * firstTested} on define; or every problem of the whole set (unknown citations, a missing policy
   * or baseline) along with each file's.
   */
  RuleLoader.Tested finish(int firstTested) throws RuleSetException {
    RuleSet rules = rules();
    List<RuleCase> tested = new ArrayList<>();
    List<String> untested = new ArrayList<>();
    for (Rule rule : rules.rules()) {
      LayerCases c = cases.get(rule.id());
      if (c != null && c.layer() >= firstTested) {
        tested.addAll(c.cases());
        if (c.cases().isEmpty()) {
          untested.add(rule.id());
        }
      }
    }
    // in the order a person reads the files, whatever the rules' ids
    tested.sort(
        Comparator.comparing(RuleCase::file)
            .thenComparingInt(RuleCase::line)
            .thenComparingInt(RuleCase::column));
    return new RuleLoader.Tested(rules, tested, untested);
  }

  /** Adds one layer: its rules add to or replace earlier ones by id, or switch them off. */
  void layer(int index, List<RuleFile> files, boolean readCases) {
    Map<String, Rule> seen = new HashMap<>();
    Set<String> earlier = new TreeSet<>(rules.keySet());
    List<SwitchOff> switchOffs = new ArrayList<>();
    Map<String, List<RuleCase>> layerCases = new HashMap<>();
    for (RuleFile file : files) {
      for (Rule rule : read(file, switchOffs, layerCases, readCases)) {
        Rule first = seen.putIfAbsent(rule.id(), rule);
        if (first != null) {
          Rule.Origin at = rule.origin();
          problems.add(
              new Problem(
                  at.file(),
                  1,
                  at.line(),
                  at.column(),
                  "id",
                  "duplicate rule id \""
                      + rule.id()
                      + "\" (first defined at "
                      + first.origin()
                      + ")"));
        } else {
          rules.put(rule.id(), rule);
          cases.put(
              rule.id(), new LayerCases(index, layerCases.getOrDefault(rule.id(), List.of())));
        }
      }
    }
    for (SwitchOff off : switchOffs) {
      Problem at = off.at();
      if (seen.containsKey(off.id())) {
        problems.add(
            at.withMessage(
                Quote.of(off.id())
                    + " is both defined and switched off in this folder (first defined at "
                    + seen.get(off.id()).origin()
                    + ")"));
      } else if (earlier.contains(off.id())) {
        rules.remove(off.id());
        cases.remove(off.id());
      } else {
        problems.add(
            at.withMessage(
                Quote.of(off.id())
                    + " is not a rule of an earlier layer, so there is nothing to switch off"
                    + Suggest.closest(off.id(), earlier)
                        .map(s -> " (did you mean \"" + s + "\"?)")
                        .orElse("")));
      }
    }
  }

  private List<Rule> read(
      RuleFile file,
      List<SwitchOff> switchOffs,
      Map<String, List<RuleCase>> casesOut,
      boolean readCases) {
    List<Rule> out = new ArrayList<>();
    if (file.unreadable().isPresent()) {
      problems.add(file.unreadable().get());
      return out;
    }
    Iterator<Node> docs;
    try {
      docs = SafeYaml.compose(new StringReader(file.text())).iterator();
      if (!docs.hasNext()) {
        problems.add(Problem.ofFile(file.name(), "holds no YAML document"));
        return out;
      }
      Node root = docs.next();
      if (docs.hasNext()) {
        problems.add(
            Problem.ofFile(file.name(), "holds more than one YAML document (expected one)"));
      }
      NodeReader in = new NodeReader(file.name(), 1);
      RuleFileReader reader = new RuleFileReader(file.name(), in, readCases);
      Optional.of(root)
          .filter(in::plainData)
          .flatMap(r -> in.mapping(r, ""))
          .ifPresent(
              m -> {
                var top = reader.top(m);
                Optional.ofNullable(top.get("sources"))
                    .ifPresent(e -> reader.sources(e.value(), sources));
                Optional.ofNullable(top.get("policy"))
                    .flatMap(e -> reader.policy(e.value()))
                    .ifPresent(p -> policy = p);
                Optional.ofNullable(top.get("baseline"))
                    .ifPresent(e -> reader.baseline(e.value(), baseline));
                Optional.ofNullable(top.get("rules"))
                    .ifPresent(
                        e -> {
                          if (e.value() instanceof SequenceNode seq) {
                            for (int i = 0; i < seq.getValue().size(); i++) {
                              reader
                                  .rule(seq.getValue().get(i), "rules[" + i + "]")
                                  .ifPresent(out::add);
                            }
                          } else {
                            in.problem(
                                e.value(),
                                "rules",
                                "expected a list of rules, found "
                                    + NodeReader.describe(e.value()));
                          }
                        });
              });
      problems.addAll(in.problems());
      citations.addAll(reader.values.citations);
      switchOffs.addAll(reader.switchOffs);
      casesOut.putAll(reader.cases);
    } catch (MarkedYAMLException e) {
      problems.add(YamlErrors.syntax(file.name(), 1, e, file.text()));
    } catch (YAMLException e) {
      problems.add(
          Problem.ofFile(file.name(), "refused: " + Quote.escaped(String.valueOf(e.getMessage()))));
    }
    return out;
  }

  private RuleSet rules() throws RuleSetException {
    for (RuleValueReader.Citation c : citations) {
      if (!sources.containsKey(SourceDoc.keyOf(c.text()))) {
        Problem at = c.at();
        problems.add(
            at.withMessage(
                Quote.of(c.text())
                    + " cites no known source (expected \"KEY: section\" with KEY a source of the built-in"
                    + " sources.yaml or of a sources: map in a rules file"
                    + Suggest.closest(SourceDoc.keyGuess(c.text()), sources.keySet())
                        .map(k -> "; did you mean \"" + k + "\"?")
                        .orElse("")
                    + ")"));
      }
    }
    if (policy == null) {
      problems.add(Problem.ofFile(RuleLoader.EMBEDDED, "no policy is defined"));
    }
    for (Dimension d : Dimension.values()) {
      if (!baseline.containsKey(d)) {
        problems.add(Problem.ofFile(RuleLoader.EMBEDDED, "baseline." + d.id() + " is not defined"));
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    return new RuleSet(sources, policy, new Baseline(baseline), List.copyOf(rules.values()));
  }
}
