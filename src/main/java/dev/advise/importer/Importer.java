package dev.advise.importer;

import dev.advise.descriptor.DescriptorParser;
import dev.advise.descriptor.Limits;
import dev.advise.descriptor.ManifestShape;
import dev.advise.descriptor.ParsedDocument;
import dev.advise.descriptor.Problem;
import dev.advise.descriptor.Quote;
import dev.advise.descriptor.SafeYaml;
import dev.advise.engine.Advice;
import dev.advise.engine.Advisor;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads Kubernetes manifests and Compose files into draft descriptors. Files are read through the
 * same guarded YAML loader as descriptors (size, alias and depth limits apply to foreign YAML too),
 * and nothing is constructed from them: only nodes, with their lines, are read.
 */
public final class Importer {

  /** What the input is; without one, each document says (apiVersion and kind, or services). */
  public enum Format {
    K8S("k8s"),
    COMPOSE("compose");

    private final String id;

    Format(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static Optional<Format> byId(String id) {
      for (Format f : values()) {
        if (f.id.equals(id)) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * One draft: its descriptor text (null when its annotations had problems), where it came from,
   * and those problems.
   */
  public record Drafted(
      String name,
      String source,
      int document,
      int line,
      int column,
      String text,
      Map<String, Integer> lines,
      List<Problem> problems) {}

  private final Format from;
  private final Limits limits;
  private final List<String> notes = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final List<Draft> compose = new ArrayList<>();
  private final List<ParsedDocument.Skipped> skipped = new ArrayList<>();
  private final KubernetesObjects kubernetes = new KubernetesObjects(notes);
  private final Map<String, Integer> fileOrder = new HashMap<>();

  /**
   * @param from the format of every input, or null to tell by each document
   */
  public Importer(Format from, Limits limits) {
    this.from = from;
    this.limits = limits;
  }

  /** Notes for the reader: skipped objects and why, objects that join nothing. */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  /** Inputs that could not be read: YAML errors, limits, unrendered templates. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /**
   * Reads one file's documents; a bad file is a problem, and the documents before its error still
   * count.
   */
  public void read(String source, String text) {
    fileOrder.putIfAbsent(source, fileOrder.size());
    int helm = Helm.firstAction(text);
    if (helm > 0) {
      problems.add(
          new Problem(
              source,
              1,
              helm,
              1,
              "",
              "an unrendered Helm template ({{ ... }} is Helm's, not"
                  + " YAML): render it first, e.g. helm template RELEASE CHART | advise import --from k8s -"));
      return;
    }
    int document = 0;
    try {
      for (Node root : SafeYaml.compose(new StringReader(text), limits)) {
        document++;
        if (root instanceof ScalarNode s && Nodes.text(s) == null) {
          continue; // an empty document (a trailing ---)
        }
        document(new Doc(source, document, root));
      }
    } catch (MarkedYAMLException e) {
      problems.add(DescriptorParser.syntax(source, document + 1, e));
    } catch (YAMLException e) {
      problems.add(
          new Problem(source, document + 1, 0, 0, "", "refused: " + Quote.escaped(firstLine(e))));
    }
  }

  private void document(Doc doc) {
    Node root = doc.root();
    String api = Nodes.text(root, "apiVersion");
    // the shape the descriptor reader names manifests by (D124), then any apiVersion and kind
    ManifestShape shape = ManifestShape.of(root);
    Format f =
        from != null
            ? from
            : shape == ManifestShape.COMPOSE
                ? Format.COMPOSE
                : shape == ManifestShape.KUBERNETES
                        || Nodes.get(root, "kind") != null && api != null
                    ? Format.K8S
                    : Nodes.get(root, "services") != null ? Format.COMPOSE : null;
    String foreign = foreign(f, root, api);
    if (foreign != null) {
      notes.add(doc.source() + ":" + Nodes.line(root) + ": skipped: " + foreign);
      skipped.add(new ParsedDocument.Skipped(doc.document(), foreign));
    } else if (f == Format.K8S) {
      kubernetes.add(doc);
    } else {
      compose.addAll(ComposeServices.drafts(doc));
    }
  }

  /**
   * Why a whole document is not of the format it is read as (and which format it looks like), or
   * null when it is: the same words for the notes of {@code import} and for the documents {@code
   * --from} skips, so a Compose file read as Kubernetes (or the reverse) is never dropped in
   * silence.
   */
  private static String foreign(Format f, Node root, String api) {
    if (api != null && api.startsWith("advise/")) {
      return "already an advise descriptor; advise it as it is, without --from";
    }
    if (f == null) {
      return "neither a Kubernetes object nor a Compose file";
    }
    if (f == Format.K8S && (api == null || Nodes.get(root, "kind") == null)) {
      return "not a Kubernetes object, no apiVersion and kind"
          + (Nodes.get(root, "services") != null
              ? "; it looks like a Compose file: use --from compose"
              : "");
    }
    if (f == Format.COMPOSE && Nodes.entries(Nodes.get(root, "services")).isEmpty()) {
      return "no Compose services in this document"
          + (Nodes.get(root, "kind") != null
              ? "; it looks like a Kubernetes manifest: use --from k8s"
              : "");
    }
    return null;
  }

  /**
   * What {@code --from} looked for, for the error when an input holds none of it: the Kubernetes
   * kinds drafted, or Compose services.
   */
  public static String lookedFor(Format f) {
    return f == Format.K8S
        ? "Kubernetes workload objects ("
            + String.join(", ", KubernetesObjects.WORKLOAD_KINDS)
            + ")"
        : "Compose services (a services: mapping at the top of a document)";
  }

  /**
   * Every draft in input order, with unique names. With an advisor, each draft ends with the
   * questions that could change its advice, most decisive first; without one (advising directly),
   * there are none.
   */
  public List<Drafted> drafts(Advisor advisor) {
    List<Draft> all = new ArrayList<>(kubernetes.drafts());
    all.addAll(compose);
    all.sort(
        (a, b) -> {
          int c = Integer.compare(fileOrder.get(a.source), fileOrder.get(b.source));
          c = c != 0 ? c : Integer.compare(a.document, b.document);
          return c != 0 ? c : Integer.compare(a.line, b.line);
        });
    List<String> names = Names.unique(all);
    List<Drafted> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Draft d = all.get(i);
      String name = names.get(i);
      Map<String, Integer> lines = new HashMap<>();
      d.evidence().forEach(e -> lines.put(e.field().path(), e.line()));
      if (!d.problems.isEmpty()) {
        out.add(new Drafted(name, d.source, d.document, d.line, d.column, null, lines, d.problems));
        continue;
      }
      String text = DraftText.render(d, name, "", List.of());
      if (advisor != null) {
        ParsedDocument.Valid valid = reread(d, text);
        Advice advice = advisor.advise(valid.workload());
        text = DraftText.render(d, name, Questions.now(advice), Questions.lines(advisor, advice));
      }
      out.add(new Drafted(name, d.source, d.document, d.line, d.column, text, lines, List.of()));
    }
    return out;
  }

  /** A draft read back as the descriptor parser reads it; a draft it refuses is a bug. */
  static ParsedDocument.Valid reread(Draft d, String text) {
    List<ParsedDocument> docs = DescriptorParser.parse(d.source, text, Limits.DEFAULT);
    if (docs.size() != 1 || !(docs.get(0) instanceof ParsedDocument.Valid valid)) {
      throw new IllegalStateException(
          "the draft for " + d.what + " is not a valid descriptor: " + docs);
    }
    return valid;
  }

  /**
   * The workloads of one manifest file as the batch advises them: each draft read back as a
   * descriptor, located at the manifest's lines; each problem as an invalid document; each document
   * not of the format (an advise descriptor, a Compose file read as Kubernetes) as a skipped one,
   * which the batch notes and counts as it does foreign documents in folders.
   */
  public static List<ParsedDocument> advisable(
      Format from, String source, String text, Limits limits) {
    Importer importer = new Importer(from, limits);
    importer.read(source, text);
    List<ParsedDocument> out = new ArrayList<>();
    for (Drafted d : importer.drafts(null)) {
      if (d.text() == null) {
        out.add(new ParsedDocument.Invalid(d.document(), d.problems()));
        continue;
      }
      List<ParsedDocument> docs = DescriptorParser.parse(source, d.text(), Limits.DEFAULT);
      ParsedDocument.Valid valid = (ParsedDocument.Valid) docs.get(0);
      Map<String, ParsedDocument.Position> positions = new HashMap<>();
      positions.put("", new ParsedDocument.Position(d.line(), d.column()));
      d.lines().forEach((path, line) -> positions.put(path, new ParsedDocument.Position(line, 1)));
      out.add(new ParsedDocument.Valid(d.document(), valid.workload(), positions));
    }
    for (Problem p : importer.problems()) {
      out.add(new ParsedDocument.Invalid(Math.max(1, p.document()), List.of(p)));
    }
    out.addAll(importer.skipped);
    return out;
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
