package dev.advise.importer;

import dev.advise.descriptor.Problem;
import dev.advise.model.Field;
import dev.advise.model.Fields;
import dev.advise.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What one workload object (or Compose service) yields: a name, the fields inferred or annotated
 * with their evidence, weak hints and notes for the reader, and the problems of its annotations.
 * Filled in by the readers, then written out by {@link DraftText}.
 */
final class Draft {

  final String source;
  final int document;
  final int line;
  final int column;

  /** What the object is, e.g. {@code Deployment shop/web} or {@code Compose service db}. */
  final String what;

  String name;

  /** The Kubernetes namespace, when the object names one; used to tell same-named objects apart. */
  String namespace = "";

  final Map<String, String> labels = new LinkedHashMap<>();
  private final Map<Field, Evidence> fields = new LinkedHashMap<>();
  final List<String> hints = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  Draft(String source, int document, Node object, String what, String name) {
    this.source = source;
    this.document = document;
    this.line = Nodes.line(object);
    this.column = Nodes.column(object);
    this.what = what;
    this.name = name;
  }

  private Draft(String name, String source) {
    this.source = source;
    this.document = 1;
    this.line = 0;
    this.column = 0;
    this.what = "answers";
    this.name = name;
  }

  /** A draft made of answers to {@code advise init}'s questions, not read from a manifest. */
  static Draft answers(String name, String source) {
    return new Draft(name, source);
  }

  /** Sets a field to what the person answered. */
  void answer(Field field, Value value) {
    fields.put(field, new Evidence(field, value, Sureness.ANSWER, 0, "answered in advise init"));
  }

  /** Sets an inferred field unless an earlier, at least as sure, inference set it already. */
  void infer(String path, Value value, Sureness sure, Node at, String why) {
    Field field = Fields.byPath(path).orElseThrow(() -> new IllegalArgumentException(path));
    Evidence before = fields.get(field);
    if (before != null
        && (before.sure() == Sureness.ANNOTATION || before.sure().ordinal() <= sure.ordinal())) {
      return;
    }
    fields.put(field, new Evidence(field, value, sure, Nodes.line(at), why));
  }

  /** Sets a field from an annotation; it wins over any inference, and remembers which. */
  void annotate(Field field, Value value, Node at, String why) {
    Evidence before = fields.get(field);
    Evidence replaced =
        before == null ? null : before.sure() == Sureness.ANNOTATION ? before.overridden() : before;
    fields.put(
        field, new Evidence(field, value, Sureness.ANNOTATION, Nodes.line(at), why, replaced));
  }

  boolean has(String path) {
    return Fields.byPath(path).map(fields::containsKey).orElse(false);
  }

  Value value(String path) {
    Evidence e = Fields.byPath(path).map(fields::get).orElse(null);
    return e == null ? null : e.value();
  }

  /** The evidence in catalogue order, which is the order a descriptor writes its fields in. */
  List<Evidence> evidence() {
    List<Evidence> out = new ArrayList<>(fields.values());
    out.sort((a, b) -> Integer.compare(a.field().index(), b.field().index()));
    return out;
  }

  void hint(String path, String text) {
    String h = "spec." + path + ": " + text;
    if (!hints.contains(h)) {
      hints.add(h);
    }
  }

  void note(String text) {
    if (!notes.contains(text)) {
      notes.add(text);
    }
  }

  /**
   * The manifest's file name without its folders, as each field's comment names it (the header has
   * the path).
   */
  String file() {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1);
  }
}
