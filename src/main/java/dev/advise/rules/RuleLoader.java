package dev.advise.rules;

import dev.advise.descriptor.DescriptorParser;
import dev.advise.descriptor.InputText;
import dev.advise.descriptor.NodeReader;
import dev.advise.descriptor.Problem;
import dev.advise.descriptor.Quote;
import dev.advise.descriptor.SafeYaml;
import dev.advise.descriptor.Suggest;
import dev.advise.descriptor.YamlErrors;
import dev.advise.model.Dimension;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Builds a {@link RuleSet} from layers of rule files: the embedded default first, then each
 * {@code --rules DIR}. A later layer adds rules or overrides them by id, adds sources, and may
 * replace the policy or a dimension's baseline. Every problem is reported with file and line.
 */
public final class RuleLoader {

  private static final String EMBEDDED = "rules";
  private static final String COMPILED = "/rules.bin";

  private final Map<String, SourceDoc> sources = new LinkedHashMap<>();
  private final Map<Dimension, Baseline.Entry> baseline = new EnumMap<>(Dimension.class);
  private final Map<String, Rule> rules = new TreeMap<>();
  private final List<RuleFileReader.Citation> citations = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  /** Per rule id in use: its cases and the layer that defined it (cases go with the definition). */
  private final Map<String, LayerCases> cases = new HashMap<>();
  private Policy policy;

  private record LayerCases(int layer, List<RuleCase> cases) {}

  /**
   * A rule set with the test cases of the rules that layers from a given one on define.
   *
   * @param untested ids of those rules that have no case
   */
  public record Tested(RuleSet rules, List<RuleCase> cases, List<String> untested) {}

  private RuleLoader() {}

  /**
   * The rule set packed into the jar from the top-level {@code rules/} folder: read from its
   * build-time compiled form when that was made from these very files, else parsed.
   */
  public static RuleSet embedded() throws RuleSetException {
    return embedded(null);
  }

  /** As {@link #embedded()}; {@code debug}, when not null, hears why the YAML was read instead. */
  public static RuleSet embedded(Consumer<String> debug) throws RuleSetException {
    return embedded(RuleLoader.class.getResource(COMPILED), debug);
  }

  static RuleSet embedded(URL compiledUrl, Consumer<String> debug) throws RuleSetException {
    // In the jar, the compiled form and the YAML come from the same build, so the checksum is
    // trusted without reading the YAML; from a folder of classes (tests, an IDE) it is checked.
    boolean fromJar = compiledUrl != null && "jar".equals(compiledUrl.getProtocol());
    List<RuleFile> files = fromJar ? List.of() : embeddedFiles();
    String why = "there is no compiled rules.bin";
    if (compiledUrl != null) {
      try (var stream = compiledUrl.openStream()) {
        var in = new DataInputStream(new BufferedInputStream(stream));
        Optional<RuleSet> compiled = fromJar ? RuleSetCodec.readTrusted(in) : RuleSetCodec.read(in, RuleSetCodec.checksum(files));
        if (compiled.isPresent()) {
          return compiled.get();
        }
        why = "rules.bin was compiled from other rule files or by a codec of another shape";
      } catch (IOException e) {
        // Damaged or of another shape: the YAML is the source of truth. Only I/O and decoding
        // problems land here; a bug in the reader is an internal error like any other.
        why = "rules.bin cannot be read (" + (e instanceof RuleSetCodec.Unreadable ? e.getMessage() : e.toString()) + ")";
      }
    }
    if (debug != null) {
      debug.accept(why + "; reading the built-in rules from their YAML");
    }
    return load(List.of(files.isEmpty() ? embeddedFiles() : files));
  }

  /** The embedded rules with each folder's files layered on top, in order. */
  public static RuleSet withFolders(List<Path> folders) throws RuleSetException, IOException {
    return load(layers(folders));
  }

  private static List<List<RuleFile>> layers(List<Path> folders) throws IOException {
    List<List<RuleFile>> layers = new ArrayList<>();
    layers.add(embeddedFiles());
    for (Path folder : folders) {
      layers.add(folder(folder));
    }
    return layers;
  }

  /** Loads layers of files; within a layer an id may appear once. */
  public static RuleSet load(List<List<RuleFile>> layers) throws RuleSetException {
    return loadTested(layers, layers.size()).rules(); // no layer tested: no case is read
  }

  /**
   * The built-in rules with each folder layered on top, and the cases of the folders' rules
   * (of the built-in rules when there is no folder): what {@code advise rules test} runs.
   */
  public static Tested withFoldersTested(List<Path> folders) throws RuleSetException, IOException {
    return loadTested(layers(folders), folders.isEmpty() ? 0 : 1);
  }

  /**
   * Loads layers of files, reading and keeping the cases of the rules that layers from
   * {@code firstTested} on define (earlier layers' {@code cases:} are skipped unread).
   */
  public static Tested loadTested(List<List<RuleFile>> layers, int firstTested) throws RuleSetException {
    RuleLoader loader = new RuleLoader();
    for (int i = 0; i < layers.size(); i++) {
      loader.layer(i, layers.get(i), i >= firstTested);
    }
    RuleSet rules = loader.finish();
    List<RuleCase> tested = new ArrayList<>();
    List<String> untested = new ArrayList<>();
    for (Rule rule : rules.rules()) {
      LayerCases c = loader.cases.get(rule.id());
      if (c != null && c.layer() >= firstTested) {
        tested.addAll(c.cases());
        if (c.cases().isEmpty()) {
          untested.add(rule.id());
        }
      }
    }
    // in the order a person reads the files, whatever the rules' ids
    tested.sort(Comparator.comparing(RuleCase::file).thenComparingInt(RuleCase::line).thenComparingInt(RuleCase::column));
    return new Tested(rules, tested, untested);
  }

  /** The {@code *.yaml} files of a folder, sorted by name; its sub-folders are not read. */
  public static List<RuleFile> folder(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> paths = files
          .filter(p -> p.getFileName().toString().endsWith(".yaml")
              || p.getFileName().toString().endsWith(".yml"))
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
      List<RuleFile> out = new ArrayList<>();
      for (Path p : paths) {
        String name = folder.resolve(p.getFileName()).toString();
        try {
          out.add(new RuleFile(name, InputText.read(p)));
        } catch (InputText.Unreadable e) {
          out.add(new RuleFile(name, "", Optional.of(e.problem(name))));
        }
      }
      return out;
    }
  }

  static List<RuleFile> embeddedFiles() {
    return Embedded.files(EMBEDDED);
  }

  private void layer(int index, List<RuleFile> files, boolean readCases) {
    Map<String, Rule> seen = new HashMap<>();
    Set<String> earlier = new TreeSet<>(rules.keySet());
    List<SwitchOff> switchOffs = new ArrayList<>();
    Map<String, List<RuleCase>> layerCases = new HashMap<>();
    for (RuleFile file : files) {
      for (Rule rule : read(file, switchOffs, layerCases, readCases)) {
        Rule first = seen.putIfAbsent(rule.id(), rule);
        if (first != null) {
          Rule.Origin at = rule.origin();
          problems.add(new Problem(at.file(), 1, at.line(), at.column(), "id",
              "duplicate rule id \"" + rule.id() + "\" (first defined at " + first.origin() + ")"));
        } else {
          rules.put(rule.id(), rule);
          cases.put(rule.id(), new LayerCases(index, layerCases.getOrDefault(rule.id(), List.of())));
        }
      }
    }
    for (SwitchOff off : switchOffs) {
      Problem at = off.at();
      if (seen.containsKey(off.id())) {
        problems.add(new Problem(at.source(), 1, at.line(), at.column(), at.path(), Quote.of(off.id())
            + " is both defined and switched off in this folder (first defined at " + seen.get(off.id()).origin() + ")"));
      } else if (earlier.contains(off.id())) {
        rules.remove(off.id());
        cases.remove(off.id());
      } else {
        problems.add(new Problem(at.source(), 1, at.line(), at.column(), at.path(), Quote.of(off.id())
            + " is not a rule of an earlier layer, so there is nothing to switch off"
            + Suggest.closest(off.id(), earlier).map(s -> " (did you mean \"" + s + "\"?)").orElse("")));
      }
    }
  }

  private List<Rule> read(RuleFile file, List<SwitchOff> switchOffs,
      Map<String, List<RuleCase>> casesOut, boolean readCases) {
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
        problems.add(Problem.ofFile(file.name(), "holds more than one YAML document (expected one)"));
      }
      NodeReader in = new NodeReader(file.name(), 1);
      RuleFileReader reader = new RuleFileReader(file.name(), in, readCases);
      Optional.of(root).filter(in::plainData).flatMap(r -> in.mapping(r, "")).ifPresent(m -> {
        var top = reader.top(m);
        Optional.ofNullable(top.get("sources")).ifPresent(e -> reader.sources(e.value(), sources));
        Optional.ofNullable(top.get("policy")).flatMap(e -> reader.policy(e.value())).ifPresent(p -> policy = p);
        Optional.ofNullable(top.get("baseline")).ifPresent(e -> reader.baseline(e.value(), baseline));
        Optional.ofNullable(top.get("rules")).ifPresent(e -> {
          if (e.value() instanceof SequenceNode seq) {
            for (int i = 0; i < seq.getValue().size(); i++) {
              reader.rule(seq.getValue().get(i), "rules[" + i + "]").ifPresent(out::add);
            }
          } else {
            in.problem(e.value(), "rules", "expected a list of rules, found " + NodeReader.describe(e.value()));
          }
        });
      });
      problems.addAll(in.problems());
      citations.addAll(reader.citations);
      switchOffs.addAll(reader.switchOffs);
      casesOut.putAll(reader.cases);
    } catch (MarkedYAMLException e) {
      problems.add(YamlErrors.syntax(file.name(), 1, e));
    } catch (YAMLException e) {
      problems.add(Problem.ofFile(file.name(), "refused: " + Quote.escaped(String.valueOf(e.getMessage()))));
    }
    return out;
  }

  private RuleSet finish() throws RuleSetException {
    for (RuleFileReader.Citation c : citations) {
      if (!sources.containsKey(SourceDoc.keyOf(c.text()))) {
        Problem at = c.at();
        problems.add(new Problem(at.source(), at.document(), at.line(), at.column(), at.path(),
            Quote.of(c.text()) + " cites no known source (expected \"KEY: section\" with KEY a source of the built-in"
                + " sources.yaml or of a sources: map in a rules file"
                + Suggest.closest(SourceDoc.keyGuess(c.text()), sources.keySet())
                    .map(k -> "; did you mean \"" + k + "\"?").orElse("") + ")"));
      }
    }
    if (policy == null) {
      problems.add(Problem.ofFile(EMBEDDED, "no policy is defined"));
    }
    for (Dimension d : Dimension.values()) {
      if (!baseline.containsKey(d)) {
        problems.add(Problem.ofFile(EMBEDDED, "baseline." + d.id() + " is not defined"));
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    return new RuleSet(sources, policy, new Baseline(baseline), List.copyOf(rules.values()));
  }
}
