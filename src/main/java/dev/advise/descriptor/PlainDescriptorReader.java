package dev.advise.descriptor;

import dev.advise.model.Deviation;
import dev.advise.model.Field;
import dev.advise.model.FieldType;
import dev.advise.model.Metadata;
import dev.advise.model.Spec;
import dev.advise.model.SpecKeys;
import dev.advise.model.Value;
import dev.advise.model.Workload;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads a descriptor file straight from SnakeYAML's events, without composing nodes, when every
 * document in it is plain and valid: no anchor, alias or tag, no merge key, no empty value, no
 * unknown or repeated key, every value of its field's type. That is what almost every file is, and
 * building the node tree and then reading it was a third of the parsing work (docs/performance.md).
 * On the first thing that is not so, the answer is null and {@link DescriptorParser} reads the file
 * again the full way, which says what is wrong and where: so this reader never decides what a
 * problem is, and on any file it either answers null or exactly what the full way answers
 * (DescriptorReadersTest holds it to that).
 */
final class PlainDescriptorReader {

  private final PlainEvents events;

  /** The current document's {@code spec.exception}, or null. */
  private Deviation deviation;

  private PlainDescriptorReader(String text, Limits limits) {
    this.events =
        new PlainEvents(SafeYaml.events(new StringReader(text), limits), limits.maxDepth());
  }

  /**
   * Every document of the file, all valid; an empty list when it holds no document but empty ones
   * (which the full reading would read as many times again, for the same one problem); or null when
   * the file needs the full reading.
   */
  static List<ParsedDocument> read(String text, Limits limits) {
    try {
      return new PlainDescriptorReader(text, limits).documents();
    } catch (PlainEvents.NotPlain | YAMLException e) {
      // not plain, or a syntax or limit error that the full reading will locate and word; any
      // other exception is a bug, and is left to say so
      return null;
    }
  }

  private List<ParsedDocument> documents() {
    events.expect(Event.ID.StreamStart);
    List<ParsedDocument> out = new ArrayList<>(1);
    int number = 0;
    while (!events.check(Event.ID.StreamEnd)) {
      events.expect(Event.ID.DocumentStart);
      number++;
      if (!events.emptyDocument()) {
        out.add(document(number)); // an empty one is ignored, as the full reading ignores it
      }
      events.expect(Event.ID.DocumentEnd);
    }
    return out; // empty when every document was: the file holds none
  }

  private ParsedDocument document(int number) {
    Event root = events.startMapping();
    String apiVersion = null;
    String kind = null;
    Metadata metadata = null;
    Spec spec = null;
    deviation = null;
    Map<String, ParsedDocument.Position> positions = new HashMap<>();
    positions.put("", DescriptorParser.position(root.getStartMark()));
    while (!events.endOfCollection()) {
      switch (events.key(DescriptorParser.TOP).getValue()) {
        case "apiVersion" -> apiVersion = once(apiVersion, events.text());
        case "kind" -> kind = once(kind, events.text());
        case "metadata" -> metadata = once(metadata, metadata());
        default -> spec = once(spec, spec(positions));
      }
    }
    if (!DescriptorParser.API_VERSION.equals(apiVersion)
        || !DescriptorParser.KIND.equals(kind)
        || metadata == null
        || spec == null) {
      throw PlainEvents.NotPlain.INSTANCE;
    }
    return new ParsedDocument.Valid(number, new Workload(metadata, spec, deviation), positions);
  }

  private Metadata metadata() {
    events.startMapping();
    String name = null;
    String description = null;
    String owner = null;
    Map<String, String> labels = null;
    while (!events.endOfCollection()) {
      switch (events.key(DescriptorParser.METADATA).getValue()) {
        case "name" -> name = once(name, events.text());
        case "description" -> description = once(description, events.text());
        case "owner" -> owner = once(owner, events.text());
        default -> labels = once(labels, labels());
      }
    }
    if (name == null || !DescriptorParser.validName(name)) {
      throw PlainEvents.NotPlain.INSTANCE;
    }
    return new Metadata(
        name,
        description == null ? "" : description,
        owner == null ? "" : owner,
        labels == null ? Map.of() : labels);
  }

  private Map<String, String> labels() {
    events.startMapping();
    Map<String, String> labels = new LinkedHashMap<>();
    while (!events.endOfCollection()) {
      String name = events.text();
      if (labels.put(name, events.text()) != null) {
        throw PlainEvents.NotPlain.INSTANCE; // a repeated label
      }
    }
    return labels;
  }

  private Spec spec(Map<String, ParsedDocument.Position> positions) {
    Spec.Builder builder = new Spec.Builder();
    section(SpecKeys.root(), builder, positions);
    Spec spec = builder.build();
    if (SpecConflicts.first(spec) != null) {
      throw PlainEvents.NotPlain.INSTANCE;
    }
    return spec;
  }

  /** One level of {@code spec}, into {@code spec}, noting where each key is written. */
  private void section(
      SpecKeys level, Spec.Builder spec, Map<String, ParsedDocument.Position> positions) {
    events.startMapping();
    while (!events.endOfCollection()) {
      ScalarEvent name = events.key(SpecReading.allowed(level));
      SpecKeys key = level.below(name.getValue());
      String path = key == null ? Deviations.KEY : key.path(); // only the top allows another key
      if (positions.put(path, DescriptorParser.position(name.getStartMark())) != null) {
        throw PlainEvents.NotPlain.INSTANCE; // a repeated key
      }
      if (key == null) {
        deviation = once(deviation, deviation());
      } else if (key.field() == null) {
        section(key, spec, positions);
      } else {
        spec.set(key.field(), value(key.field()));
      }
    }
  }

  private Value value(Field field) {
    if (field.type() != FieldType.ITEMS) {
      return plain(ValueReader.scalar(field, events.text()));
    }
    events.startSequence();
    if (field.closedList()) {
      List<String> ids = new ArrayList<>();
      while (!events.endOfCollection()) {
        ids.add(events.text());
        if (ids.size() > field.choices().size()) {
          throw PlainEvents.NotPlain.INSTANCE; // an id repeated: the full reading says which
        }
      }
      return plain(ClosedLists.valueOrNull(field, ids));
    }
    Set<String> ids = new LinkedHashSet<>();
    while (!events.endOfCollection()) {
      String id = events.text();
      if (!ValueReader.isId(id)) {
        throw PlainEvents.NotPlain.INSTANCE;
      }
      ids.add(id);
    }
    return ValueReader.items(ids);
  }

  /** {@code spec.exception}, when both its keys are there and valid. */
  private Deviation deviation() {
    events.startMapping();
    String reason = null;
    LocalDate expires = null;
    while (!events.endOfCollection()) {
      switch (events.key(Deviations.KEYS).getValue()) {
        case Deviations.REASON -> reason = once(reason, events.text());
        default -> expires = once(expires, plain(Deviations.date(events.text())));
      }
    }
    if (reason == null || expires == null || !Deviations.isReason(reason)) {
      throw PlainEvents.NotPlain.INSTANCE;
    }
    return new Deviation(reason, expires);
  }

  private static <T> T plain(T value) {
    if (value == null) {
      throw PlainEvents.NotPlain.INSTANCE;
    }
    return value;
  }

  /** {@code value}, unless {@code before} shows the key was already given. */
  private static <T> T once(T before, T value) {
    if (before != null) {
      throw PlainEvents.NotPlain.INSTANCE;
    }
    return value;
  }
}
