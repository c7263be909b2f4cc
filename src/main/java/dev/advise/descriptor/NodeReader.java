package dev.advise.descriptor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one YAML document's nodes and collects located problems instead of throwing, so that every
 * problem in a document is reported at once. Shared by descriptors and rule files.
 */
public final class NodeReader {

  /** A key of a mapping with the node it maps to. */
  public record Entry(ScalarNode key, Node value) {
    public String name() {
      return key.getValue();
    }
  }

  /** Line order, then column: the order a person reads the file in (and fixes it). */
  private static final Comparator<Problem> IN_LINE_ORDER =
      Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

  private final String source;
  private final int document;
  private final ProblemBudget budget;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> foundElsewhere = new HashSet<>();
  private int found;

  public NodeReader(String source, int document) {
    this(source, document, ProblemBudget.unlimited());
  }

  /** A reader whose problems count against {@code budget}, shared by the documents of a file. */
  public NodeReader(String source, int document, ProblemBudget budget) {
    this.source = source;
    this.document = document;
    this.budget = budget;
  }

  /** The problems kept (see {@link ProblemBudget}), in line order. */
  public List<Problem> problems() {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(IN_LINE_ORDER);
    return List.copyOf(sorted);
  }

  /** Whether any problem was found, kept or not. */
  public boolean hasProblems() {
    return found > 0;
  }

  public void problem(Node at, String path, String message) {
    Mark mark = at.getStartMark();
    Problem problem =
        new Problem(source, document, mark.getLine() + 1, mark.getColumn() + 1, path, message);
    found++;
    if (budget.take(problem)) {
      problems.add(problem);
    }
  }

  private static final Set<Tag> PLAIN_DATA =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ, Tag.TIMESTAMP);

  /**
   * Reports every node with a tag other than plain YAML data ({@code !!javax...}, {@code !foo}).
   * Nothing is ever built from a tag here, but a tag in a descriptor is a mistake or an attack, and
   * silently reading past it would hide either. The tree is finite and acyclic: the guarded parser
   * has already refused recursive anchors and deep nesting.
   */
  public boolean plainData(Node node) {
    ArrayDeque<Node> todo = new ArrayDeque<>();
    // Only a node with an anchor can stand in the tree more than once (every alias is to an
    // anchored node), so only those are remembered: most documents need no set at all.
    Set<Node> seen = null;
    todo.push(node);
    boolean plain = true;
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      if (n.getAnchor() != null) {
        if (seen == null) {
          seen = Collections.newSetFromMap(new IdentityHashMap<>());
        }
        if (!seen.add(n)) {
          continue;
        }
      }
      if (Tag.MERGE.equals(n.getTag())) {
        // written as <<, with no tag: SnakeYAML tags the key itself
        problem(n, "", "merge keys (<<) are not supported (write the keys out)");
        plain = false;
      } else if (!PLAIN_DATA.contains(n.getTag())) {
        String tag = n.getTag().getValue().replace(Tag.PREFIX, "!!");
        problem(
            n,
            "",
            "the tag " + Quote.of(tag) + " is not allowed (descriptors and rules are plain data)");
        plain = false;
      }
      if (n instanceof MappingNode m) {
        m.getValue()
            .forEach(
                t -> {
                  todo.push(t.getValueNode());
                  todo.push(t.getKeyNode());
                });
      } else if (n instanceof SequenceNode s) {
        s.getValue().forEach(todo::push);
      }
    }
    return plain;
  }

  /** The node as a mapping, or a problem saying what it is instead. */
  public Optional<MappingNode> mapping(Node node, String path) {
    if (node instanceof MappingNode m) {
      return Optional.of(m);
    }
    problem(node, path, "expected a mapping of fields, found " + describe(node));
    return Optional.empty();
  }

  /**
   * The entries of a mapping in document order. Keys that are not plain text, repeated, or not
   * among {@code allowed} are problems (with a suggestion when the key is a near miss).
   */
  public Map<String, Entry> entries(MappingNode mapping, String path, Collection<String> allowed) {
    return entries(mapping, path, allowed, KeyPlaces.Level.NONE);
  }

  /**
   * As {@link #entries(MappingNode, String, Collection)}; an unknown key that {@code level} places
   * (a key of another level, written at the wrong indentation) gets where it belongs instead of the
   * list of this level's keys. A section written with nothing under it, followed by keys of its own
   * at its indentation, is one mistake (they were not indented under it) and gets one problem: the
   * keys are read as its, and the section is not also "empty" (D123).
   */
  Map<String, Entry> entries(
      MappingNode mapping, String path, Collection<String> allowed, KeyPlaces.Level level) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    List<NodeTuple> tuples = mapping.getValue();
    for (int i = 0; i < tuples.size(); i++) {
      NodeTuple tuple = tuples.get(i);
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        problem(
            tuple.getKeyNode(),
            path,
            "a key must be plain text, found " + describe(tuple.getKeyNode()));
        continue;
      }
      String name = key.getValue();
      String childPath = join(path, name);
      int taken = KeyPlaces.keysNotIndentedUnder(tuples, i, allowed, level);
      Node value =
          taken == 0
              ? tuple.getValueNode()
              : KeyPlaces.underIt(tuples.subList(i + 1, i + 1 + taken));
      i += taken;
      if (entries.containsKey(name)) {
        Mark first = entries.get(name).key().getStartMark();
        problem(key, childPath, "duplicate key (first at line " + (first.getLine() + 1) + ")");
      } else if (allowed != null && !allowed.contains(name)) {
        String length = Quote.key(name).equals(name) ? "" : " of " + Quote.length(name);
        KeyPlaces.Place belongs = level.belongs(name, value, mapping);
        if (belongs != null && belongs.path() != null) {
          foundElsewhere.add(belongs.path());
        }
        problem(
            key,
            childPath,
            "unknown field"
                + (belongs != null ? "; " + belongs.words() : length + hint(name, allowed)));
      } else {
        if (taken > 0) {
          ScalarNode firstKey = (ScalarNode) ((MappingNode) value).getValue().get(0).getKeyNode();
          problem(
              firstKey,
              join(childPath, firstKey.getValue()),
              "indented like "
                  + Quote.key(name)
                  + ": on line "
                  + (key.getStartMark().getLine() + 1)
                  + " instead of under it (indent the keys of "
                  + Quote.key(name)
                  + " further than "
                  + Quote.key(name)
                  + ":)");
        }
        entries.put(name, new Entry(key, value));
      }
    }
    return entries;
  }

  /**
   * Whether a key that belongs at {@code path}, or below it, was found written at another level: a
   * level that seems to be missing it then says so once, where the key stands, not again as
   * "required".
   */
  public boolean foundElsewhere(String path) {
    for (String p : foundElsewhere) {
      if (p.equals(path) || p.startsWith(path + ".")) {
        return true;
      }
    }
    return false;
  }

  /** The text of a scalar node, or a problem when it is a list, mapping or empty. */
  public Optional<String> scalar(Node node, String path, String expected) {
    if (node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
      return Optional.of(s.getValue());
    }
    String found = node instanceof ScalarNode ? "nothing" : describe(node);
    problem(node, path, "expected " + expected + ", found " + found);
    return Optional.empty();
  }

  /** The scalar items of a sequence node. */
  public Optional<List<ScalarNode>> sequence(Node node, String path, String expected) {
    if (!(node instanceof SequenceNode seq)) {
      problem(node, path, "expected " + expected + ", found " + describe(node));
      return Optional.empty();
    }
    List<ScalarNode> items = new ArrayList<>();
    boolean ok = true;
    for (Node item : seq.getValue()) {
      if (item instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
        items.add(s);
      } else {
        problem(item, path, "expected " + expected + ", found " + describe(item) + " in the list");
        ok = false;
      }
    }
    return ok ? Optional.of(items) : Optional.empty();
  }

  /**
   * {@code (did you mean "x"?)} for a near miss, else {@code (expected one of: a, b)}: a suggestion
   * is what the reader needs, the whole list only when nothing is close.
   */
  public static String hint(String written, Collection<String> allowed) {
    return Suggest.closest(written, allowed)
        .map(s -> " (did you mean \"" + s + "\"?)")
        .orElse(" (expected one of: " + String.join(", ", allowed) + ")");
  }

  /** A path one key deeper; a key too long to repeat is cut short ({@link Quote#key}). */
  public static String join(String path, String key) {
    String shown = Quote.key(key);
    return path.isEmpty() ? shown : path + "." + shown;
  }

  /** What a node is, in words: "a list", "a mapping", "nothing", or the quoted text. */
  public static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    ScalarNode s = (ScalarNode) node;
    return Tag.NULL.equals(s.getTag()) ? "nothing" : Quote.of(s.getValue());
  }
}
