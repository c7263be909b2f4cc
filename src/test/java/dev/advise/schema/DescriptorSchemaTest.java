package dev.advise.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.advise.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * docs/descriptor.schema.json is what the field catalogue generates, every example validates
 * against it as an editor would read it, and a wrong field or value does not.
 */
class DescriptorSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final String SCHEMA_LINE =
      "# yaml-language-server: $schema=../docs/descriptor.schema.json";

  /**
   * YAML as an editor's language server reads it into JSON: dates stay text (YAML 1.2 has no
   * timestamps).
   */
  private static final class NoTimestamps extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
      addImplicitResolver(Tag.INT, INT, "-+0123456789");
      addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(Tag.MERGE, MERGE, "<");
      addImplicitResolver(Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
    }
  }

  private static List<JsonNode> documents(String yaml) {
    Yaml reader =
        new Yaml(
            new SafeConstructor(new LoaderOptions()),
            new Representer(new DumperOptions()),
            new DumperOptions(),
            new LoaderOptions(),
            new NoTimestamps());
    List<JsonNode> out = new ArrayList<>();
    for (Object doc : reader.loadAll(yaml)) {
      if (doc != null) {
        out.add(JSON.valueToTree(doc));
      }
    }
    return out;
  }

  private static JsonSchema schema() throws IOException {
    JsonNode node =
        JSON.readTree(Files.readString(Fixtures.projectDir().resolve(DescriptorSchema.FILE)));
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
  }

  private static List<Path> examples() throws IOException {
    try (Stream<Path> s = Files.list(Fixtures.projectDir().resolve("examples"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void theCheckedInSchemaIsWhatTheCatalogueGenerates() throws IOException {
    Path file = Fixtures.projectDir().resolve(DescriptorSchema.FILE);
    String generated = DescriptorSchema.text();
    if (Boolean.getBoolean("advise.updateGoldens")) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("docs/descriptor.schema.json is stale: run the tests with -Dadvise.updateGoldens=true")
        .isEqualTo(generated);
  }

  @Test
  void everyExampleNamesTheSchemaAndValidatesAgainstIt() throws IOException {
    JsonSchema schema = schema();
    List<Path> examples = examples();
    assertThat(examples).isNotEmpty();
    for (Path example : examples) {
      String text = Files.readString(example, StandardCharsets.UTF_8);
      assertThat(text).as(example.toString()).startsWith(SCHEMA_LINE + "\n");
      for (JsonNode doc : documents(text)) {
        assertThat(schema.validate(doc)).as(example.toString()).isEmpty();
      }
    }
  }

  @Test
  void aWrongFieldOrEnumValueFails() throws IOException {
    JsonSchema schema = schema();
    String good =
        "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: x}\n"
            + "spec: {state: stateful, latency: {p99: 2ms}, resources: {cpu: 500m, memory: 1Gi}, sla: {availability: 99.9%}}\n";
    assertThat(schema.validate(documents(good).get(0))).isEmpty();
    Set<ValidationMessage> typo =
        schema.validate(documents(good.replace("latency:", "latncy:")).get(0));
    assertThat(typo).isNotEmpty().anySatisfy(m -> assertThat(m.getMessage()).contains("latncy"));
    Set<ValidationMessage> value =
        schema.validate(documents(good.replace("stateful", "statefull")).get(0));
    assertThat(value).isNotEmpty().anySatisfy(m -> assertThat(m.getMessage()).contains("state"));
    assertThat(schema.validate(documents(good.replace("2ms", "2 minutes")).get(0))).isNotEmpty();
    assertThat(schema.validate(documents(good.replace("{name: x}", "{name: X_}")).get(0)))
        .isNotEmpty();
  }

  /** A closed list (D110) takes one or more of its ids, each once, as advise reads it. */
  @Test
  void aClosedListTakesOneOrMoreOfItsIdsOnce() throws IOException {
    JsonSchema schema = schema();
    String doc =
        "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: x}\nspec: {licensing: %s}\n";
    for (String ok : List.of("{supportedOn: [vm]}", "{supportedOn: [container-on-metal, vm]}")) {
      assertThat(schema.validate(documents(doc.formatted(ok)).get(0))).as(ok).isEmpty();
    }
    for (String bad :
        List.of(
            "{supportedOn: [vmm]}",
            "{supportedOn: []}",
            "{supportedOn: [vm, vm]}",
            "{supportedOn: vm}")) {
      assertThat(schema.validate(documents(doc.formatted(bad)).get(0))).as(bad).isNotEmpty();
    }
  }
}
