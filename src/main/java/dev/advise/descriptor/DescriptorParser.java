package dev.advise.descriptor;

import dev.advise.model.Deviation;
import dev.advise.model.Field;
import dev.advise.model.Fields;
import dev.advise.model.Metadata;
import dev.advise.model.Spec;
import dev.advise.model.Value;
import dev.advise.model.Workload;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads the documents of one descriptor file ({@code advise/v1}, kind {@code Workload}) into
 * workloads, or into located problems. A bad document never hides the good ones around it; a
 * syntax error ends the file where it stands, after the documents before it.
 */
public final class DescriptorParser {

  public static final String API_VERSION = "advise/v1";
  public static final String KIND = "Workload";
  /** The keys of a document, and of its metadata; both readers take them from here. */
  static final List<String> TOP = List.of("apiVersion", "kind", "metadata", "spec");
  static final List<String> METADATA = List.of("name", "description", "owner", "labels");

  private DescriptorParser() {}

  /** Every document of {@code reader} within the default limits. */
  public static List<ParsedDocument> parse(String source, Reader reader) {
    return parse(source, reader, Limits.DEFAULT);
  }

  /**
   * Every document of {@code text}, in file order; {@code source} names the file in errors. A
   * file that is plain and valid throughout is read straight from the parser's events; any
   * other is read the full way, which locates and words every problem.
   */
  public static List<ParsedDocument> parse(String source, String text, Limits limits) {
    return parse(source, text, limits, false);
  }

  /**
   * As {@link #parse(String, String, Limits)}; with {@code othersSkipped} (a file found in a
   * folder), a document that is not an advise descriptor is {@link ParsedDocument.Skipped}
   * rather than an error. Only the full reading looks: the plain one accepts advise documents
   * alone, so the everyday path does no extra work.
   */
  public static List<ParsedDocument> parse(String source, String text, Limits limits, boolean othersSkipped) {
    Problem longWord = LongWords.first(source, text, LongWords.MAX_LENGTH);
    if (longWord != null) {
      return List.of(new ParsedDocument.Invalid(1, List.of(longWord)));
    }
    List<ParsedDocument> plain = PlainDescriptorReader.read(text, limits);
    if (plain == null) {
      return full(source, text, limits, othersSkipped);
    }
    return plain.isEmpty() ? List.of(noDocument(source)) : plain;
  }

  /**
   * Every document of {@code reader}, in file order, read the full way: composed into nodes,
   * then read into workloads or located problems.
   */
  public static List<ParsedDocument> parse(String source, Reader reader, Limits limits) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n; (n = reader.read(buffer)) > 0; ) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return full(source, text.toString(), limits, false);
  }

  /**
   * The full reading. An empty document (a trailing {@code ---}, or one holding only comments)
   * is no workload and no error; it still counts in the numbering of the documents after it.
   * At most {@link ProblemBudget#PER_FILE} problems are kept, with a count of the rest.
   */
  private static List<ParsedDocument> full(String source, String text, Limits limits, boolean othersSkipped) {
    List<ParsedDocument> out = new ArrayList<>();
    ProblemBudget budget = new ProblemBudget(ProblemBudget.PER_FILE);
    int document = 0;
    boolean any = false;
    try {
      Iterator<Node> nodes = SafeYaml.compose(new StringReader(text), limits).iterator();
      while (nodes.hasNext()) {
        Node node = nodes.next();
        document++;
        if (isEmpty(node)) {
          continue;
        }
        any = true;
        String other = othersSkipped ? notADescriptor(node) : null;
        if (other != null) {
          out.add(new ParsedDocument.Skipped(document, other));
          continue;
        }
        ParsedDocument parsed = document(source, document, node, budget);
        if (!(parsed instanceof ParsedDocument.Invalid invalid) || !invalid.problems().isEmpty()) {
          out.add(parsed); // an invalid one whose problems were all over budget is only counted
        }
      }
    } catch (MarkedYAMLException e) {
      out.add(new ParsedDocument.Invalid(document + 1, List.of(YamlErrors.syntax(source, document + 1, e))));
      any = true;
    } catch (ReaderException e) {
      Problem located = YamlErrors.notPrintable(source, document + 1, text);
      out.add(new ParsedDocument.Invalid(document + 1, List.of(located != null ? located
          : new Problem(source, document + 1, 0, 0, "", "refused: " + Quote.words(YamlErrors.firstLine(e))))));
      any = true;
    } catch (YAMLException e) {
      out.add(new ParsedDocument.Invalid(document + 1, List.of(new Problem(source, document + 1, 0, 0, "",
          "refused: " + Quote.words(YamlErrors.firstLine(e))))));
      any = true;
    }
    Problem rest = budget.rest();
    if (rest != null) {
      out.add(new ParsedDocument.Invalid(rest.document(), List.of(rest)));
    }
    if (!any) {
      out.add(noDocument(source));
    }
    return out;
  }

  /** What a file with no document (or only empty ones) reads as, in either reading. */
  static ParsedDocument noDocument(String source) {
    return new ParsedDocument.Invalid(1, List.of(new Problem(source, 1, 0, 0, "",
        "holds no YAML document (expected an " + API_VERSION + " " + KIND + ")")));
  }

  /** A document with nothing in it: the empty scalar YAML gives for it, spanning no text. */
  static boolean isEmpty(Node node) {
    return node instanceof ScalarNode s && s.getValue().isEmpty()
        && Tag.NULL.equals(s.getTag())
        && s.getStartMark().getIndex() == s.getEndMark().getIndex();
  }

  private static ParsedDocument document(String source, int document, Node root, ProblemBudget budget) {
    NodeReader in = new NodeReader(source, document, budget);
    if (!in.plainData(root)) {
      return new ParsedDocument.Invalid(document, in.problems());
    }
    if (!(root instanceof MappingNode top)) {
      in.problem(root, "", "a document must be a mapping (an " + API_VERSION + " " + KIND
          + " with apiVersion, kind, metadata and spec), found " + NodeReader.describe(root));
      return new ParsedDocument.Invalid(document, in.problems());
    }
    Map<String, NodeReader.Entry> entries = in.entries(top, "", TOP);
    header(in, root, entries);
    Metadata metadata = metadata(in, root, entries.get("metadata"));
    SpecReading spec = new SpecReading(in);
    spec.positions.put("", position(root));
    spec.read(root, entries.get("spec"));
    if (in.hasProblems()) {
      return new ParsedDocument.Invalid(document, in.problems());
    }
    return new ParsedDocument.Valid(document, new Workload(metadata, spec.values(), spec.deviation),
        spec.positions);
  }

  /**
   * Why a document is not an advise descriptor, or null when it is one: a mapping whose
   * {@code apiVersion} starts with {@code advise/}, or which has no apiVersion but says
   * {@code kind: Workload} (a descriptor missing a line, which deserves its error).
   */
  static String notADescriptor(Node root) {
    if (!(root instanceof MappingNode top)) {
      return NodeReader.describe(root) + ", not a mapping";
    }
    String apiVersion = null;
    String kind = null;
    for (var tuple : top.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode value) {
        if (key.getValue().equals("apiVersion")) {
          apiVersion = value.getValue();
        } else if (key.getValue().equals("kind")) {
          kind = value.getValue();
        }
      }
    }
    if (apiVersion == null) {
      return KIND.equals(kind) ? null : "no apiVersion";
    }
    return apiVersion.startsWith("advise/") ? null : "apiVersion " + Quote.of(apiVersion);
  }

  private static void header(NodeReader in, Node root, Map<String, NodeReader.Entry> entries) {
    NodeReader.Entry api = entries.get("apiVersion");
    NodeReader.Entry kind = entries.get("kind");
    if (api == null) {
      in.problem(root, "apiVersion", "is required (expected " + API_VERSION + ")");
    } else {
      in.scalar(api.value(), "apiVersion", API_VERSION)
          .filter(v -> !v.equals(API_VERSION))
          .ifPresent(v -> in.problem(api.value(), "apiVersion", Quote.of(v)
              + " is not supported (expected " + API_VERSION + ")" + kubernetesHint(v)));
    }
    if (kind == null) {
      in.problem(root, "kind", "is required (expected " + KIND + ")");
    } else {
      in.scalar(kind.value(), "kind", KIND)
          .filter(v -> !v.equals(KIND))
          .ifPresent(v -> in.problem(kind.value(), "kind",
              Quote.of(v) + " is not supported (expected " + KIND + ")"));
    }
  }

  private static String kubernetesHint(String apiVersion) {
    boolean kubernetes = apiVersion.equals("v1")
        || (!apiVersion.startsWith("advise/") && apiVersion.matches("[a-z0-9.-]*/v[0-9a-z]+"));
    return kubernetes
        ? "; this looks like a Kubernetes manifest, not a workload descriptor"
        : "";
  }

  private static Metadata metadata(NodeReader in, Node root, NodeReader.Entry entry) {
    if (entry == null) {
      in.problem(root, "metadata", "is required (expected a mapping with at least a name)");
      return new Metadata("", "", "", Map.of());
    }
    Optional<MappingNode> mapping = in.mapping(entry.value(), "metadata");
    if (mapping.isEmpty()) {
      return new Metadata("", "", "", Map.of());
    }
    Map<String, NodeReader.Entry> fields = in.entries(mapping.get(), "metadata", METADATA);
    String name = "";
    NodeReader.Entry nameEntry = fields.get("name");
    if (nameEntry == null) {
      in.problem(entry.key(), "metadata.name", "is required (expected 1-63 characters of a-z, 0-9 and '-')");
    } else {
      name = in.scalar(nameEntry.value(), "metadata.name", "a name").orElse("");
      if (!name.isEmpty() && !validName(name)) {
        in.problem(nameEntry.value(), "metadata.name", Quote.of(name)
            + " is not a valid name (expected 1-63 characters of a-z, 0-9 and '-', "
            + "starting and ending with a letter or digit)");
      }
    }
    String description = text(in, fields.get("description"), "metadata.description");
    String owner = text(in, fields.get("owner"), "metadata.owner");
    return new Metadata(name, description, owner, labels(in, fields.get("labels")));
  }

  /**
   * 1 to 63 of a-z, 0-9 and '-', starting and ending with a letter or digit (a DNS label, as
   * Kubernetes names are). Checked by hand: it runs once per workload.
   */
  static boolean validName(String name) {
    int n = name.length();
    if (n < 1 || n > 63 || name.charAt(0) == '-' || name.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static String text(NodeReader in, NodeReader.Entry entry, String path) {
    return entry == null ? "" : in.scalar(entry.value(), path, "text").orElse("");
  }

  private static Map<String, String> labels(NodeReader in, NodeReader.Entry entry) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (entry != null) {
      in.mapping(entry.value(), "metadata.labels").ifPresent(m -> {
        for (NodeReader.Entry label : in.entries(m, "metadata.labels", null).values()) {
          in.scalar(label.value(), NodeReader.join("metadata.labels", label.name()), "text")
              .ifPresent(v -> labels.put(label.name(), v));
        }
      });
    }
    return labels;
  }

  private static ParsedDocument.Position position(Node node) {
    return position(node.getStartMark());
  }

  /** Where a node or event starts, 1-based; both readers record positions through here. */
  static ParsedDocument.Position position(Mark mark) {
    return new ParsedDocument.Position(mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** A YAML syntax or limit error as a located problem, worded by {@link YamlErrors}. */
  public static Problem syntax(String source, int document, MarkedYAMLException e) {
    return YamlErrors.syntax(source, document, e);
  }
}
