package dev.advise.descriptor;

import dev.advise.model.Metadata;
import dev.advise.model.Workload;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
 * workloads, or into located problems. A bad document never hides the good ones around it; a syntax
 * error ends the file where it stands, after the documents before it.
 */
public final class DescriptorParser {

  public static final String API_VERSION = "advise/v1";
  public static final String KIND = "Workload";

  /** The keys of a document, and of its metadata; both readers take them from here. */
  static final List<String> TOP = List.of("apiVersion", "kind", "metadata", "spec");

  static final List<String> METADATA = List.of("name", "description", "owner", "labels");

  private DescriptorParser() {}

  /** {@link #parseFully(String, Reader, Limits)} within the default limits. */
  public static List<ParsedDocument> parseFully(String source, Reader reader) {
    return parseFully(source, reader, Limits.DEFAULT);
  }

  /**
   * Every document of {@code text}, in file order; {@code source} names the file in errors. A file
   * that is plain and valid throughout is read straight from the parser's events (the plain
   * reading); any other is read the full way, which locates and words every problem. The answer is
   * the same either way (DescriptorReadersTest); this is the one a run uses.
   */
  public static List<ParsedDocument> parse(String source, String text, Limits limits) {
    return parse(source, text, limits, false);
  }

  /**
   * As {@link #parse(String, String, Limits)}; with {@code othersSkipped} (a file found in a
   * folder), a document that is not an advise descriptor is {@link ParsedDocument.Skipped} rather
   * than an error. Only the full reading looks: the plain one accepts advise documents alone, so
   * the everyday path does no extra work.
   */
  public static List<ParsedDocument> parse(
      String source, String text, Limits limits, boolean othersSkipped) {
    Problem longWord = LongWords.first(source, text, LongWords.MAX_LENGTH);
    if (longWord != null) {
      return List.of(new ParsedDocument.Invalid(1, List.of(longWord)));
    }
    List<ParsedDocument> plain = PlainDescriptorReader.read(text, limits);
    if (plain == null) {
      return full(source, text, limits, othersSkipped);
    }
    return plain;
  }

  /**
   * Every document of {@code reader}, in file order, always read the full way: composed into nodes,
   * then read into workloads or located problems. The oracle the plain reading is held to, and the
   * reading for callers that have a stream rather than the text.
   */
  public static List<ParsedDocument> parseFully(String source, Reader reader, Limits limits) {
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
   * The full reading. An empty document (a trailing {@code ---}, or one holding only comments) is
   * no workload and no error; it still counts in the numbering of the documents after it. A file
   * with no document at all (empty, or only comments) gives an empty list: the batch decides
   * whether its argument yielded anything (v1.1: ignored, not an error, D117). At most {@link
   * ProblemBudget#PER_FILE} problems are kept, with a count of the rest.
   */
  private static List<ParsedDocument> full(
      String source, String text, Limits limits, boolean othersSkipped) {
    List<ParsedDocument> out = new ArrayList<>();
    ProblemBudget budget = new ProblemBudget(ProblemBudget.PER_FILE);
    int document = 0;
    try {
      Iterator<Node> nodes = SafeYaml.compose(new StringReader(text), limits).iterator();
      while (nodes.hasNext()) {
        Node node = nodes.next();
        document++;
        MarkedYAMLException after = errorAfter(nodes);
        if (after != null && endsDocumentEarly(after)) {
          // a document SnakeYAML ended at a line indented less than its first key: the line is
          // the one mistake, and the document's missing keys are not others (D123)
          out.add(
              new ParsedDocument.Invalid(
                  document, List.of(YamlErrors.syntax(source, document, after, text))));
          break;
        }
        if (isEmpty(node)) {
          if (after != null) {
            throw after;
          }
          continue;
        }
        String other = othersSkipped ? notADescriptor(node) : null;
        if (other != null) {
          out.add(new ParsedDocument.Skipped(document, other));
          continue;
        }
        ParsedDocument parsed = document(source, document, node, budget);
        if (!(parsed instanceof ParsedDocument.Invalid invalid) || !invalid.problems().isEmpty()) {
          out.add(parsed); // an invalid one whose problems were all over budget is only counted
        }
        if (after != null) {
          throw after; // the error is in the next document: this one stands as read
        }
      }
    } catch (MarkedYAMLException e) {
      out.add(
          new ParsedDocument.Invalid(
              document + 1, List.of(YamlErrors.syntax(source, document + 1, e, text))));
    } catch (ReaderException e) {
      Problem located = YamlErrors.notPrintable(source, document + 1, text);
      out.add(
          new ParsedDocument.Invalid(
              document + 1,
              List.of(
                  located != null
                      ? located
                      : new Problem(
                          source,
                          document + 1,
                          0,
                          0,
                          "",
                          "refused: " + Quote.words(YamlErrors.firstLine(e))))));
    } catch (YAMLException e) {
      out.add(
          new ParsedDocument.Invalid(
              document + 1,
              List.of(
                  new Problem(
                      source,
                      document + 1,
                      0,
                      0,
                      "",
                      "refused: " + Quote.words(YamlErrors.firstLine(e))))));
    }
    Problem rest = budget.rest();
    if (rest != null) {
      out.add(new ParsedDocument.Invalid(rest.document(), List.of(rest)));
    }
    return out;
  }

  /**
   * The syntax error that reading on past the current document meets, or null: asked before the
   * document is read, so that an error which ends it early can stand for it.
   */
  private static MarkedYAMLException errorAfter(Iterator<Node> nodes) {
    try {
      nodes.hasNext();
      return null;
    } catch (MarkedYAMLException e) {
      return e;
    }
  }

  /**
   * Whether SnakeYAML wanted a {@code ---} where a key stood: the document before ended early, at a
   * line indented less than its first key, and it was never a document of its own.
   */
  private static boolean endsDocumentEarly(MarkedYAMLException e) {
    return String.valueOf(e.getProblem()).startsWith("expected '<document start>'");
  }

  /** A document with nothing in it: the empty scalar YAML gives for it, spanning no text. */
  static boolean isEmpty(Node node) {
    return node instanceof ScalarNode s
        && s.getValue().isEmpty()
        && Tag.NULL.equals(s.getTag())
        && s.getStartMark().getIndex() == s.getEndMark().getIndex();
  }

  private static ParsedDocument document(
      String source, int document, Node root, ProblemBudget budget) {
    NodeReader in = new NodeReader(source, document, budget);
    if (!in.plainData(root)) {
      return new ParsedDocument.Invalid(document, in.problems());
    }
    if (!(root instanceof MappingNode top)) {
      in.problem(
          root,
          "",
          "a document must be a mapping (an "
              + API_VERSION
              + " "
              + KIND
              + " with apiVersion, kind, metadata and spec), found "
              + NodeReader.describe(root));
      return new ParsedDocument.Invalid(document, in.problems());
    }
    if (HeaderReading.foreign(in, top)) {
      return new ParsedDocument.Invalid(document, in.problems()); // one message, not one per key
    }
    Map<String, NodeReader.Entry> entries = in.entries(top, "", TOP, KeyPlaces.document().at(""));
    HeaderReading.header(in, root, entries);
    Metadata metadata = HeaderReading.metadata(in, root, entries.get("metadata"));
    SpecReading spec = new SpecReading(in);
    spec.positions.put("", position(root));
    spec.read(root, entries.get("spec"));
    if (in.hasProblems()) {
      return new ParsedDocument.Invalid(document, in.problems());
    }
    return new ParsedDocument.Valid(
        document, new Workload(metadata, spec.values(), spec.deviation), spec.positions);
  }

  /**
   * Why a document is not an advise descriptor, or null when it is one: a mapping whose {@code
   * apiVersion} starts with {@code advise/}, or which has no apiVersion but says {@code kind:
   * Workload} (a descriptor missing a line, which deserves its error).
   */
  static String notADescriptor(Node root) {
    if (!(root instanceof MappingNode top)) {
      return NodeReader.describe(root) + ", not a mapping";
    }
    String apiVersion = null;
    String kind = null;
    for (var tuple : top.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key
          && tuple.getValueNode() instanceof ScalarNode value) {
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
