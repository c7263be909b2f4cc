package dev.advise.descriptor;

import dev.advise.model.SpecKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Where every key of a descriptor goes: the document's own keys, those of {@code metadata}, and the
 * tree of {@code spec} (D118, D123). A key written at the wrong level is looked up here, so that
 * the error says where it belongs, whichever level it was written at and whichever it belongs to;
 * and a section left empty because its keys were not indented under it gets those keys back ({@link
 * NodeReader#entries}). A spec read on its own (a rule's test case) knows only the spec's levels.
 */
final class KeyPlaces {

  /** How levels of the spec are named: {@code spec}, or a rule case's path. */
  private final String specPath;

  /** Whether the spec is a descriptor's, with a top level and metadata around it. */
  private final boolean inDocument;

  private KeyPlaces(String specPath, boolean inDocument) {
    this.specPath = specPath;
    this.inDocument = inDocument;
  }

  /** The places of a whole descriptor. */
  static KeyPlaces document() {
    return new KeyPlaces("spec", true);
  }

  /** The places of a spec written on its own, named {@code path} in problems. */
  static KeyPlaces standalone(String path) {
    return new KeyPlaces(path, false);
  }

  /** What {@link NodeReader#entries} asks about the keys written at one level. */
  interface Level {

    /** A level that knows no other: unknown keys get "did you mean" and nothing is regrouped. */
    Level NONE =
        new Level() {
          @Override
          public Place belongs(String name, Node value, MappingNode written) {
            return null;
          }

          @Override
          public Collection<String> keysUnder(String name) {
            return Set.of();
          }
        };

    /**
     * Where a key this level does not have belongs, or null when no level has it; {@code written}
     * is the mapping it was written in, which may lack the section it belongs under.
     */
    Place belongs(String name, Node value, MappingNode written);

    /**
     * The keys of the section {@code name} names, here or where it belongs; empty when it names
     * none. A section written with nothing under it takes those of the keys after it that are its.
     */
    Collection<String> keysUnder(String name);
  }

  /**
   * Where a key belongs: the words for the error, and the one path it belongs at (null when several
   * levels have a key of that name).
   */
  record Place(String words, String path) {}

  /** The level at {@code path}: "" the document, "metadata", or the spec's path and below. */
  Level at(String path) {
    return new Level() {
      @Override
      public Place belongs(String name, Node value, MappingNode written) {
        return place(path, name, value, written);
      }

      @Override
      public Collection<String> keysUnder(String name) {
        Collection<String> own = keysAt(join(path, name));
        if (!own.isEmpty()) {
          return own;
        }
        List<String> sections = new ArrayList<>();
        for (String holder : holders(name)) {
          if (!keysAt(join(holder, name)).isEmpty()) {
            sections.add(holder);
          }
        }
        return sections.size() == 1 ? keysAt(join(sections.get(0), name)) : Set.of();
      }
    };
  }

  private Place place(String level, String name, Node value, MappingNode writtenIn) {
    List<String> holders = new ArrayList<>(holders(name));
    holders.remove(level);
    if (holders.isEmpty()) {
      return null;
    }
    // a mapping belongs where the name is a section, a value where it is a field
    boolean mapping = value instanceof MappingNode;
    boolean written = !(value instanceof ScalarNode s && Tag.NULL.equals(s.getTag()));
    List<String> fitting = new ArrayList<>();
    for (String h : holders) {
      if (!written || keysAt(join(h, name)).isEmpty() != mapping) {
        fitting.add(h);
      }
    }
    List<String> shown = fitting.isEmpty() ? holders : fitting;
    List<String> words = new ArrayList<>();
    shown.forEach(h -> words.add(h.isEmpty() ? "at the top level" : "under " + h));
    String where = name + " belongs " + String.join(" or ", words);
    if (shown.size() > 1) {
      return new Place(where, null);
    }
    String only = shown.get(0);
    String hint = "";
    if (parent(only).equals(level) && !only.isEmpty()) {
      hint =
          has(writtenIn, last(only))
              ? " (indent it under " + last(only) + ":)"
              : " (there is no " + last(only) + ": here; add one and indent " + name + " under it)";
    } else if (!level.isEmpty() && parent(level).equals(only)) {
      hint = " (indent it like " + last(level) + ":)";
    }
    return new Place(where + hint, join(only, name));
  }

  private static boolean has(MappingNode mapping, String key) {
    for (NodeTuple t : mapping.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** The levels that have a key {@code name}, in the order a descriptor is written. */
  private List<String> holders(String name) {
    List<String> out = new ArrayList<>();
    if (inDocument && DescriptorParser.TOP.contains(name)) {
      out.add("");
    }
    if (inDocument && DescriptorParser.METADATA.contains(name)) {
      out.add("metadata");
    }
    if (SpecReading.SPEC_KEYS.contains(name) && !SpecKeys.root().names().contains(name)) {
      out.add(specPath); // the exception, a key of the spec the catalogue does not hold
    }
    for (String h : SpecKeys.root().sectionsHolding(name)) {
      out.add(h.isEmpty() ? specPath : specPath + "." + h);
    }
    return out;
  }

  /** The keys of the section at {@code path}; empty for a field or a path that is no section. */
  private Collection<String> keysAt(String path) {
    if (inDocument && path.isEmpty()) {
      return DescriptorParser.TOP;
    }
    if (inDocument && path.equals("metadata")) {
      return DescriptorParser.METADATA;
    }
    if (path.equals(specPath)) {
      return SpecReading.SPEC_KEYS;
    }
    if (!path.startsWith(specPath + ".")) {
      return Set.of();
    }
    SpecKeys level = SpecKeys.root();
    for (String part : path.substring(specPath.length() + 1).split("\\.")) {
      level = level == null ? null : level.below(part);
    }
    return level == null ? Set.of() : level.names();
  }

  /**
   * How many of the keys after the one at {@code i} are its own, written beside it rather than
   * under it: it has nothing under it, and they are keys of its section (as {@code level} knows it)
   * that this level does not have.
   */
  static int keysNotIndentedUnder(
      List<NodeTuple> tuples, int i, Collection<String> allowed, Level level) {
    Node value = tuples.get(i).getValueNode();
    if (!(value instanceof ScalarNode s)
        || !Tag.NULL.equals(s.getTag())
        || !(tuples.get(i).getKeyNode() instanceof ScalarNode key)) {
      return 0; // asked only of a key with nothing under it: the rare case, looked up then
    }
    Collection<String> under = level.keysUnder(key.getValue());
    int n = 0;
    for (int j = i + 1; j < tuples.size(); j++) {
      if (!(tuples.get(j).getKeyNode() instanceof ScalarNode k)
          || !under.contains(k.getValue())
          || (allowed != null && allowed.contains(k.getValue()))) {
        break;
      }
      n++;
    }
    return n;
  }

  /** The keys a section left empty was meant to hold, as the mapping they were meant to be. */
  static MappingNode underIt(List<NodeTuple> keys) {
    return new MappingNode(
        Tag.MAP,
        true,
        new ArrayList<>(keys),
        keys.get(0).getKeyNode().getStartMark(),
        keys.get(keys.size() - 1).getValueNode().getEndMark(),
        DumperOptions.FlowStyle.BLOCK);
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private String parent(String path) {
    if (path.equals(specPath)) {
      return inDocument ? "" : path;
    }
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }

  private String last(String path) {
    if (path.equals(specPath)) {
      return inDocument ? "spec" : path;
    }
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
