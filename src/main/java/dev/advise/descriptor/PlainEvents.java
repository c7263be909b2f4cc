package dev.advise.descriptor;

import java.util.Collection;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;

/**
 * The parser's events as {@link PlainDescriptorReader} takes them: each step either is plain data
 * of the expected kind or gives up with {@link NotPlain}, keeping the guard's count of open
 * collections on the way.
 */
final class PlainEvents {

  /** Thrown to give up on the plain reading; carries no stack, it is not an error. */
  static final class NotPlain extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final NotPlain INSTANCE = new NotPlain();

    private NotPlain() {
      super(null, null, false, false);
    }
  }

  private final Parser events;
  private final int maxDepth;
  private int depth;

  PlainEvents(Parser events, int maxDepth) {
    this.events = events;
    this.maxDepth = maxDepth;
  }

  /** Whether the next event is of kind {@code id}, without taking it. */
  boolean check(Event.ID id) {
    return events.checkEvent(id);
  }

  /**
   * Whether the document that just started is empty (a trailing {@code ---}, or only comments): the
   * empty plain scalar YAML gives for it, spanning no text. If so, it is taken.
   */
  boolean emptyDocument() {
    if (events.peekEvent() instanceof ScalarEvent s
        && s.getValue().isEmpty()
        && s.getTag() == null
        && s.getAnchor() == null
        && s.getImplicit().canOmitTagInPlainScalar()
        && s.getStartMark().getIndex() == s.getEndMark().getIndex()) {
      events.getEvent();
      return true;
    }
    return false;
  }

  void expect(Event.ID id) {
    if (!events.getEvent().is(id)) {
      throw NotPlain.INSTANCE;
    }
  }

  /** A key among {@code allowed}, as plain or quoted text. */
  ScalarEvent key(Collection<String> allowed) {
    ScalarEvent key = scalar();
    if (!allowed.contains(key.getValue())) {
      throw NotPlain.INSTANCE;
    }
    return key;
  }

  /** A scalar's text; an empty value (null to YAML) is not plain data for advise. */
  String text() {
    return scalar().getValue();
  }

  /**
   * The next event as a scalar with neither tag nor anchor that resolves to a string, asked of the
   * resolver the composer uses, as the composer asks it: so not a null word, not a merge key.
   */
  private ScalarEvent scalar() {
    Event event = events.getEvent();
    if (!(event instanceof ScalarEvent scalar)
        || scalar.getTag() != null
        || scalar.getAnchor() != null
        || SafeYaml.RESOLVER.resolve(
                NodeId.scalar, scalar.getValue(), scalar.getImplicit().canOmitTagInPlainScalar())
            != Tag.STR) {
      throw NotPlain.INSTANCE;
    }
    return scalar;
  }

  Event startMapping() {
    return startCollection(Event.ID.MappingStart);
  }

  void startSequence() {
    startCollection(Event.ID.SequenceStart);
  }

  /** The guard's depth limit, kept here: the same count of open collections. */
  private Event startCollection(Event.ID id) {
    Event event = events.getEvent();
    if (!event.is(id)
        || ((CollectionStartEvent) event).getTag() != null
        || ((NodeEvent) event).getAnchor() != null
        || depth >= maxDepth) {
      throw NotPlain.INSTANCE;
    }
    depth++;
    return event;
  }

  /** Whether the open collection ends here (and if so, leaves it). */
  boolean endOfCollection() {
    if (events.checkEvent(Event.ID.MappingEnd) || events.checkEvent(Event.ID.SequenceEnd)) {
      events.getEvent();
      depth--;
      return true;
    }
    return false;
  }
}
