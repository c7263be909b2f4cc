package dev.advise.descriptor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Sits between SnakeYAML's parser and composer and enforces, with the position of the event that
 * broke them, the limits SnakeYAML leaves open or reports without a position: every alias counts
 * (SnakeYAML counts only aliases to collections), nesting depth, and an alias to a collection that
 * is still open (a recursive anchor, which would make the tree a cycle).
 */
final class GuardedParser implements Parser {

  /** A limit was broken; the message says which, the mark says where. */
  static final class LimitExceeded extends MarkedYAMLException {
    private static final long serialVersionUID = 1L;

    LimitExceeded(String problem, Mark mark) {
      super(null, null, problem, mark);
    }
  }

  private final Parser parser;
  private final int maxAliases;
  private final int maxDepth;
  private final Deque<String> open = new ArrayDeque<>();
  private int aliases;

  GuardedParser(Parser parser, int maxAliases, int maxDepth) {
    this.parser = parser;
    this.maxAliases = maxAliases;
    this.maxDepth = maxDepth;
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    return parser.checkEvent(choice);
  }

  @Override
  public Event peekEvent() {
    return parser.peekEvent();
  }

  @Override
  public Event getEvent() {
    Event event = parser.getEvent();
    if (event instanceof DocumentStartEvent) {
      aliases = 0;
      open.clear();
    } else if (event instanceof CollectionStartEvent start) {
      if (open.size() >= maxDepth) {
        throw new LimitExceeded(
            "nesting deeper than " + maxDepth + (maxDepth == 1 ? " level" : " levels"),
            event.getStartMark());
      }
      open.push(Objects.requireNonNullElse(start.getAnchor(), ""));
    } else if (event instanceof CollectionEndEvent) {
      open.poll();
    } else if (event instanceof AliasEvent alias) {
      if (open.contains(alias.getAnchor())) {
        throw new LimitExceeded(
            "recursive anchor &" + alias.getAnchor() + " (an alias inside the collection it names)",
            event.getStartMark());
      }
      if (++aliases > maxAliases) {
        throw new LimitExceeded(
            "more than "
                + maxAliases
                + (maxAliases == 1 ? " alias" : " aliases")
                + " in one document",
            event.getStartMark());
      }
    }
    return event;
  }
}
