package dev.advise.descriptor;

import dev.advise.model.Field;
import dev.advise.model.FieldType;
import dev.advise.model.Fields;
import dev.advise.model.Metadata;
import dev.advise.model.Spec;
import dev.advise.model.Value;
import dev.advise.model.Workload;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Reads a descriptor file straight from SnakeYAML's events, without composing nodes, when every
 * document in it is plain and valid: no anchor, alias or tag, no merge key, no empty value, no
 * unknown or repeated key, every value of its field's type. That is what almost every file
 * is, and building the node tree and then reading it was a third of the parsing work
 * (docs/performance.md). On the first thing that is not so, the answer
 * is null and {@link DescriptorParser} reads the file again the full way, which says what is
 * wrong and where: so this reader never decides what a problem is, and on any file it either
 * answers null or exactly what the full way answers (DescriptorReadersTest holds it to that).
 */
final class PlainDescriptorReader {

  /** A key of a {@code spec} level: a field, or a section with keys of its own. */
  private record Key(String path, Field field, Map<String, Key> below) {}

  private static final Map<String, Key> SPEC = specKeys();

  /** Thrown to give up on the plain reading; carries no stack, it is not an error. */
  private static final class NotPlain extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final NotPlain INSTANCE = new NotPlain();

    private NotPlain() {
      super(null, null, false, false);
    }
  }

  private final Parser events;
  private final int maxDepth;
  private int depth;

  private PlainDescriptorReader(String text, Limits limits) {
    this.events = SafeYaml.events(new StringReader(text), limits);
    this.maxDepth = limits.maxDepth();
  }

  /** Every document of the file, all valid, or null when the file needs the full reading. */
  static List<ParsedDocument> read(String text, Limits limits) {
    try {
      return new PlainDescriptorReader(text, limits).documents();
    } catch (RuntimeException e) {
      // NotPlain, or a syntax or limit error that the full reading will locate and word
      return null;
    }
  }

  private List<ParsedDocument> documents() {
    expect(Event.ID.StreamStart);
    List<ParsedDocument> out = new ArrayList<>(1);
    while (!events.checkEvent(Event.ID.StreamEnd)) {
      expect(Event.ID.DocumentStart);
      out.add(document(out.size() + 1));
      expect(Event.ID.DocumentEnd);
    }
    if (out.isEmpty()) {
      throw NotPlain.INSTANCE;
    }
    return out;
  }

  private ParsedDocument document(int number) {
    Event root = startMapping();
    String apiVersion = null;
    String kind = null;
    Metadata metadata = null;
    Spec spec = null;
    Map<String, ParsedDocument.Position> positions = new HashMap<>();
    positions.put("", DescriptorParser.position(root.getStartMark()));
    while (!endOfCollection()) {
      switch (key(DescriptorParser.TOP).getValue()) {
        case "apiVersion" -> apiVersion = once(apiVersion, text());
        case "kind" -> kind = once(kind, text());
        case "metadata" -> metadata = once(metadata, metadata());
        default -> spec = once(spec, spec(positions));
      }
    }
    if (!DescriptorParser.API_VERSION.equals(apiVersion) || !DescriptorParser.KIND.equals(kind)
        || metadata == null || spec == null) {
      throw NotPlain.INSTANCE;
    }
    return new ParsedDocument.Valid(number, new Workload(metadata, spec), positions);
  }

  private Metadata metadata() {
    startMapping();
    String name = null;
    String description = null;
    String owner = null;
    Map<String, String> labels = null;
    while (!endOfCollection()) {
      switch (key(DescriptorParser.METADATA).getValue()) {
        case "name" -> name = once(name, text());
        case "description" -> description = once(description, text());
        case "owner" -> owner = once(owner, text());
        default -> labels = once(labels, labels());
      }
    }
    if (name == null || !DescriptorParser.validName(name)) {
      throw NotPlain.INSTANCE;
    }
    return new Metadata(name, description == null ? "" : description, owner == null ? "" : owner,
        labels == null ? Map.of() : labels);
  }

  private Map<String, String> labels() {
    startMapping();
    Map<String, String> labels = new LinkedHashMap<>();
    while (!endOfCollection()) {
      String name = text();
      if (labels.put(name, text()) != null) {
        throw NotPlain.INSTANCE; // a repeated label
      }
    }
    return labels;
  }

  private Spec spec(Map<String, ParsedDocument.Position> positions) {
    Spec.Builder spec = new Spec.Builder();
    section(SPEC, spec, positions);
    return spec.build();
  }

  /** One level of {@code spec}, into {@code spec}, noting where each key is written. */
  private void section(Map<String, Key> keys, Spec.Builder spec, Map<String, ParsedDocument.Position> positions) {
    startMapping();
    while (!endOfCollection()) {
      ScalarEvent name = key(keys.keySet());
      Key key = keys.get(name.getValue());
      if (positions.put(key.path(), DescriptorParser.position(name.getStartMark())) != null) {
        throw NotPlain.INSTANCE; // a repeated key
      }
      if (key.field() == null) {
        section(key.below(), spec, positions);
      } else {
        spec.set(key.field(), value(key.field()));
      }
    }
  }

  private Value value(Field field) {
    if (field.type() != FieldType.ITEMS) {
      return plain(ValueReader.scalar(field, text()));
    }
    startSequence();
    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
    while (!endOfCollection()) {
      String id = text();
      if (!ValueReader.isId(id)) {
        throw NotPlain.INSTANCE;
      }
      ids.add(id);
    }
    return ValueReader.items(ids);
  }

  // ---- events

  private void expect(Event.ID id) {
    if (!events.getEvent().is(id)) {
      throw NotPlain.INSTANCE;
    }
  }

  /** A key among {@code allowed}, as plain or quoted text. */
  private ScalarEvent key(java.util.Collection<String> allowed) {
    ScalarEvent key = scalar();
    if (!allowed.contains(key.getValue())) {
      throw NotPlain.INSTANCE;
    }
    return key;
  }

  /** A scalar's text; an empty value (null to YAML) is not plain data for advise. */
  private String text() {
    return scalar().getValue();
  }

  /**
   * The next event as a scalar with neither tag nor anchor that resolves to a string, asked of
   * the resolver the composer uses, as the composer asks it: so not a null word, not a merge key.
   */
  private ScalarEvent scalar() {
    Event event = events.getEvent();
    if (!(event instanceof ScalarEvent scalar) || scalar.getTag() != null || scalar.getAnchor() != null
        || SafeYaml.RESOLVER.resolve(NodeId.scalar, scalar.getValue(),
            scalar.getImplicit().canOmitTagInPlainScalar()) != Tag.STR) {
      throw NotPlain.INSTANCE;
    }
    return scalar;
  }

  private Event startMapping() {
    return startCollection(Event.ID.MappingStart);
  }

  private void startSequence() {
    startCollection(Event.ID.SequenceStart);
  }

  /** The guard's depth limit, kept here: the same count of open collections. */
  private Event startCollection(Event.ID id) {
    Event event = events.getEvent();
    if (!event.is(id) || ((CollectionStartEvent) event).getTag() != null
        || ((NodeEvent) event).getAnchor() != null || depth >= maxDepth) {
      throw NotPlain.INSTANCE;
    }
    depth++;
    return event;
  }

  /** Whether the open collection ends here (and if so, leaves it). */
  private boolean endOfCollection() {
    if (events.checkEvent(Event.ID.MappingEnd) || events.checkEvent(Event.ID.SequenceEnd)) {
      events.getEvent();
      depth--;
      return true;
    }
    return false;
  }

  private static <T> T plain(T value) {
    if (value == null) {
      throw NotPlain.INSTANCE;
    }
    return value;
  }

  /** {@code value}, unless {@code before} shows the key was already given. */
  private static <T> T once(T before, T value) {
    if (before != null) {
      throw NotPlain.INSTANCE;
    }
    return value;
  }

  /** The catalogue's paths as a tree of keys, built once. */
  private static Map<String, Key> specKeys() {
    Map<String, Key> top = new HashMap<>();
    for (Field field : Fields.all()) {
      Map<String, Key> level = top;
      String[] parts = field.path().split("\\.");
      for (int i = 0; i < parts.length; i++) {
        String path = String.join(".", java.util.Arrays.copyOf(parts, i + 1));
        boolean leaf = i == parts.length - 1;
        Key key = level.computeIfAbsent(parts[i],
            k -> new Key(path, leaf ? field : null, leaf ? Map.of() : new HashMap<>()));
        level = key.below();
      }
    }
    return top;
  }
}
