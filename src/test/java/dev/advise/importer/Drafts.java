package dev.advise.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Cli;
import dev.advise.descriptor.DescriptorParser;
import dev.advise.descriptor.Limits;
import dev.advise.descriptor.ParsedDocument;
import dev.advise.model.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs {@code advise import} in-process and reads its drafts back with the descriptor parser. */
final class Drafts {

  /** The drafts' text and, per workload name, its spec values as displayed. */
  record Imported(Cli.Result result, Map<String, Map<String, String>> specs) {
    Map<String, String> spec(String name) {
      assertThat(specs).as(result.err()).containsKey(name);
      return specs.get(name);
    }
  }

  private Drafts() {}

  static Imported of(String... args) {
    return read(Cli.run(args));
  }

  static Imported read(Cli.Result r) {
    Map<String, Map<String, String>> specs = new LinkedHashMap<>();
    if (!r.out().isEmpty()) {
      List<ParsedDocument> docs = DescriptorParser.parse("drafts", r.out(), Limits.DEFAULT);
      for (ParsedDocument doc : docs) {
        assertThat(doc).as(r.out()).isInstanceOf(ParsedDocument.Valid.class);
        ParsedDocument.Valid v = (ParsedDocument.Valid) doc;
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, Value> e : v.workload().spec().values().entrySet()) {
          values.put(e.getKey(), e.getValue().display());
        }
        specs.put(v.workload().name(), values);
      }
    }
    return new Imported(r, specs);
  }
}
