package dev.advise.rules;

import dev.advise.descriptor.NodeReader;
import dev.advise.descriptor.Quote;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a rule file's {@code sources}: each key maps to the document's title (the short form a
 * user's folder may use) or to {@code {title, publisher, date, address}}, all four required.
 */
final class SourceReader {

  static final List<String> FIELDS = List.of("title", "publisher", "date", "address");
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern DATE = Pattern.compile("undated|\\d{4}(-\\d{2}(-\\d{2})?)?");

  private final NodeReader in;

  SourceReader(NodeReader in) {
    this.in = in;
  }

  void read(Node node, Map<String, SourceDoc> out) {
    in.mapping(node, "sources")
        .ifPresent(
            m -> {
              for (NodeReader.Entry e : in.entries(m, "sources", null).values()) {
                String path = NodeReader.join("sources", e.name());
                if (!KEY.matcher(e.name()).matches()) {
                  in.problem(e.key(), path, "a source key is lower-case letters, digits and '-'");
                }
                (e.value() instanceof MappingNode doc
                        ? full(e.name(), doc, path)
                        : in.scalar(
                                e.value(),
                                path,
                                "the document's title or {title, publisher, date, address}")
                            .map(t -> new SourceDoc(e.name(), t)))
                    .ifPresent(s -> out.put(e.name(), s));
              }
            });
  }

  private Optional<SourceDoc> full(String key, MappingNode doc, String path) {
    Map<String, NodeReader.Entry> e = in.entries(doc, path, FIELDS);
    String[] v = new String[FIELDS.size()];
    boolean complete = true;
    for (int i = 0; i < v.length; i++) {
      String field = FIELDS.get(i);
      NodeReader.Entry entry = e.get(field);
      if (entry == null) {
        in.problem(doc, path + "." + field, "is required");
        complete = false;
        continue;
      }
      Optional<String> text = in.scalar(entry.value(), path + "." + field, "text");
      if (text.isEmpty()) {
        complete = false;
      } else if (field.equals("date") && !DATE.matcher(text.get()).matches()) {
        in.problem(
            entry.value(),
            path + ".date",
            "expected YYYY, YYYY-MM, YYYY-MM-DD or undated, found " + Quote.of(text.get()));
        complete = false;
      }
      v[i] = text.orElse("");
    }
    return complete ? Optional.of(SourceDoc.of(key, List.of(v))) : Optional.empty();
  }
}
