package dev.advise.rules;

import dev.advise.descriptor.NodeReader;
import dev.advise.descriptor.SpecReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a rule's {@code cases:}: {@code fires} and {@code quiet}, each a list of specs written as a
 * descriptor's {@code spec} is (and checked the same way, so a misspelt field in a case is a
 * located error, not a case that silently tests nothing).
 */
final class CaseReader {

  static final String FIRES = "fires";
  static final String QUIET = "quiet";

  private final String file;
  private final NodeReader in;

  CaseReader(String file, NodeReader in) {
    this.file = file;
    this.in = in;
  }

  List<RuleCase> read(String rule, Node node, String path) {
    List<RuleCase> out = new ArrayList<>();
    in.mapping(node, path)
        .ifPresent(
            m -> {
              Map<String, NodeReader.Entry> kinds = in.entries(m, path, List.of(FIRES, QUIET));
              if (m.getValue().isEmpty()) {
                in.problem(node, path, "expected fires, quiet or both, each a list of specs");
              }
              for (NodeReader.Entry kind : kinds.values()) {
                String kindPath = path + "." + kind.name();
                if (!(kind.value() instanceof SequenceNode list) || list.getValue().isEmpty()) {
                  in.problem(
                      kind.value(),
                      kindPath,
                      "expected a non-empty list of specs (each a mapping of fields as"
                          + " below a descriptor's spec, e.g. {latency: {p99: 50us}}), found "
                          + NodeReader.describe(kind.value()));
                  continue;
                }
                for (int i = 0; i < list.getValue().size(); i++) {
                  Node item = list.getValue().get(i);
                  String itemPath = kindPath + "[" + i + "]";
                  var mark = item.getStartMark();
                  SpecReading.standalone(in, item, itemPath)
                      .ifPresent(
                          spec ->
                              out.add(
                                  new RuleCase(
                                      rule,
                                      kind.name().equals(FIRES),
                                      spec,
                                      file,
                                      mark.getLine() + 1,
                                      mark.getColumn() + 1,
                                      itemPath)));
                }
              }
            });
    return out;
  }
}
