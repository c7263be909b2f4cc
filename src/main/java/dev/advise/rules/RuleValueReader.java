package dev.advise.rules;

import dev.advise.descriptor.NodeReader;
import dev.advise.descriptor.Problem;
import dev.advise.descriptor.Quote;
import dev.advise.model.Dimension;
import dev.advise.model.Substrate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the values the parts of a rule file are made of (required text, whole numbers in a range,
 * substrates as a list or as the keys of a map, lists of citations), each problem located. The
 * citations are kept with their location: whether they name a known source can only be checked once
 * every file's sources are read.
 */
final class RuleValueReader {

  /** A citation kept with its location, checked once every file's sources are known. */
  record Citation(Problem at, String text) {}

  /** What to do with one entry of a map keyed by substrate. */
  interface EntryHandler {
    void handle(Substrate substrate, Node value, String path);
  }

  private final String file;
  private final NodeReader in;
  final List<Citation> citations = new ArrayList<>();

  RuleValueReader(String file, NodeReader in) {
    this.file = file;
    this.in = in;
  }

  /** The {@code sources:} of a rule, baseline entry or dispute; at least one is required. */
  List<String> sources(Node owner, NodeReader.Entry entry, String path) {
    if (entry == null) {
      in.problem(owner, path + ".sources", "is required: every rule cites at least one source");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    in.sequence(
            entry.value(), path + ".sources", "a list of citations such as \"querytel: Part 6\"")
        .ifPresent(
            items -> {
              if (items.isEmpty()) {
                in.problem(
                    entry.value(),
                    path + ".sources",
                    "is empty: every rule cites at least one source");
              }
              for (ScalarNode item : items) {
                out.add(item.getValue());
                var mark = item.getStartMark();
                citations.add(
                    new Citation(
                        new Problem(
                            file,
                            1,
                            mark.getLine() + 1,
                            mark.getColumn() + 1,
                            path + ".sources",
                            ""),
                        item.getValue()));
              }
            });
    return out;
  }

  void substrateMap(Node node, String path, EntryHandler handler) {
    in.mapping(node, path)
        .ifPresent(
            m -> {
              for (NodeReader.Entry e : in.entries(m, path, ids(Substrate.values())).values()) {
                handler.handle(
                    Substrate.byId(e.name()).orElseThrow(), e.value(), path + "." + e.name());
              }
            });
  }

  Set<Substrate> substrates(Node node, String path) {
    Set<Substrate> out = EnumSet.noneOf(Substrate.class);
    in.sequence(node, path, "a list of substrates")
        .ifPresent(
            items -> {
              for (ScalarNode item : items) {
                Optional<Substrate> s = Substrate.byId(item.getValue());
                if (s.isEmpty()) {
                  in.problem(
                      item,
                      path,
                      Quote.of(item.getValue())
                          + " is not a substrate"
                          + NodeReader.hint(item.getValue(), ids(Substrate.values())));
                }
                s.ifPresent(out::add);
              }
            });
    return out;
  }

  Optional<String> required(Node owner, Map<String, NodeReader.Entry> e, String key, String path) {
    NodeReader.Entry entry = e.get(key);
    if (entry == null) {
      in.problem(owner, path + "." + key, "is required");
      return Optional.empty();
    }
    return in.scalar(entry.value(), path + "." + key, "text");
  }

  Optional<Integer> integer(Node node, String path, int min, int max) {
    return in.scalar(node, path, "a whole number")
        .flatMap(
            text -> {
              try {
                int n = Integer.parseInt(text);
                if (n >= min && n <= max) {
                  return Optional.of(n);
                }
              } catch (NumberFormatException ignored) {
                // reported below
              }
              in.problem(
                  node, path, Quote.of(text) + " is not a whole number from " + min + " to " + max);
              return Optional.empty();
            });
  }

  static List<String> ids(Enum<?>[] values) {
    return Arrays.stream(values)
        .map(v -> v instanceof Substrate s ? s.id() : ((Dimension) v).id())
        .toList();
  }
}
