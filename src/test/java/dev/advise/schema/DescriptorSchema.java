package dev.advise.schema;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.advise.Fixtures;
import dev.advise.model.Field;
import dev.advise.model.FieldType;
import dev.advise.model.Fields;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Generates {@code docs/descriptor.schema.json}, a JSON Schema of the descriptor, from the field
 * catalogue ({@link Fields}): every field with its description and, for choices, its values, so
 * that editors (yaml-language-server) complete and check descriptors. Run {@link #main} (or the
 * tests with {@code -Dadvise.updateGoldens=true}) after changing the catalogue; {@code
 * DescriptorSchemaTest} fails while the checked-in file is stale.
 */
public final class DescriptorSchema {

  static final Path FILE = Path.of("docs/descriptor.schema.json");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String NUMBER = "[0-9]+(\\.[0-9]+)?";

  private DescriptorSchema() {}

  public static void main(String[] args) throws IOException {
    Path target = Fixtures.projectDir().resolve(FILE);
    Files.writeString(target, text(), StandardCharsets.UTF_8);
    System.out.println("wrote " + target);
  }

  /** The schema as the checked-in file holds it: two-space indentation, a final newline. */
  static String text() throws IOException {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return new ObjectMapper().writer(printer).writeValueAsString(schema()) + "\n";
  }

  static ObjectNode schema() {
    ObjectNode root = JSON.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "urn:advise:schema:descriptor:1");
    root.put("title", "advise/v1 Workload descriptor");
    root.put(
        "description",
        "A workload described for advise. Generated from the field catalogue (model.Fields)"
            + " by DescriptorSchema; do not edit by hand. Every spec field is optional: a missing field is unknown,"
            + " not false. See docs/descriptor.md.");
    root.put("type", "object");
    root.set("required", strings("apiVersion", "kind", "metadata", "spec"));
    root.put("additionalProperties", false);
    ObjectNode props = root.putObject("properties");
    props
        .putObject("apiVersion")
        .put("const", "advise/v1")
        .put("description", "The descriptor format.");
    props
        .putObject("kind")
        .put("const", "Workload")
        .put("description", "What the document describes.");
    props.set("metadata", metadata());
    ObjectNode spec = section("The workload's properties; every field is optional.");
    for (Field f : Fields.all()) {
      place(spec, f.path().split("\\."), 0, field(f));
    }
    spec.withObject("properties").set("exception", exception());
    props.set("spec", spec);
    return root;
  }

  private static ObjectNode metadata() {
    ObjectNode m = JSON.objectNode();
    m.put("description", "Names the workload.");
    m.put("type", "object");
    m.set("required", strings("name"));
    m.put("additionalProperties", false);
    ObjectNode p = m.putObject("properties");
    p.putObject("name")
        .put("type", "string")
        .put("pattern", "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")
        .put(
            "description",
            "1-63 characters of a-z, 0-9 and '-', starting and ending with a letter or digit.");
    p.putObject("description").put("type", "string").put("description", "Free text.");
    p.putObject("owner").put("type", "string").put("description", "Free text.");
    ObjectNode labels = p.putObject("labels");
    labels
        .put("type", "object")
        .put("description", "Text keys to text values, kept for your tooling.");
    labels.putObject("additionalProperties").put("type", "string");
    return m;
  }

  /** {@code spec.exception}: an accepted deviation, which --check honours until it expires. */
  private static ObjectNode exception() {
    ObjectNode e = JSON.objectNode();
    e.put(
        "description",
        "The team keeps spec.placement on purpose, against the advice; --check reports it as"
            + " excepted until the date.");
    e.put("type", "object");
    e.set("required", strings("reason", "expires"));
    e.put("additionalProperties", false);
    ObjectNode p = e.putObject("properties");
    p.putObject("reason")
        .put("type", "string")
        .put("minLength", 1)
        .put("description", "Why, in free text.");
    p.putObject("expires")
        .put("type", "string")
        .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
        .put("description", "A date, YYYY-MM-DD; after it the exception no longer counts.");
    return e;
  }

  private static ObjectNode section(String description) {
    ObjectNode s = JSON.objectNode();
    s.put("description", description);
    s.put("type", "object");
    s.put("additionalProperties", false);
    s.putObject("properties");
    return s;
  }

  private static void place(ObjectNode section, String[] parts, int at, ObjectNode field) {
    ObjectNode props = section.withObject("properties");
    if (at == parts.length - 1) {
      props.set(parts[at], field);
      return;
    }
    ObjectNode next = (ObjectNode) props.get(parts[at]);
    if (next == null) {
      next = section("The " + String.join(".", Arrays.copyOf(parts, at + 1)) + " section.");
      props.set(parts[at], next);
    }
    place(next, parts, at + 1, field);
  }

  /** One field: its meaning and what the descriptor parser accepts, as YAML turns it into JSON. */
  private static ObjectNode field(Field f) {
    ObjectNode s = JSON.objectNode();
    s.put(
        "description",
        capitalised(f.meaning())
            + ": "
            + (f.type() == FieldType.CHOICE ? String.join(", ", f.choices()) : f.expected())
            + ".");
    switch (f.type()) {
      case CHOICE -> {
        s.put("type", "string");
        ArrayNode values = s.putArray("enum");
        f.choices().forEach(values::add);
      }
      case FLAG -> s.put("type", "boolean");
      case TEXT -> s.set("type", strings("string", "number"));
      case ITEMS -> {
        s.put("type", "array");
        if (f.closedList()) { // D110: one or more of its vocabulary, each once
          s.put("minItems", 1).put("uniqueItems", true);
          ArrayNode ids = s.putObject("items").put("type", "string").putArray("enum");
          f.choices().forEach(ids::add);
        } else {
          s.putObject("items").put("type", "string").put("pattern", "^[a-z0-9][a-z0-9._-]*$");
        }
      }
      case DURATION -> s.put("type", "string").put("pattern", "^" + NUMBER + "(ns|us|µs|ms|s)$");
      case MEMORY -> numberOrText(s, 0, null, "^" + NUMBER + "(Ki|Mi|Gi|Ti|K|M|G|T)?$", true);
      case CPU -> numberOrText(s, 0, null, "^" + NUMBER + "m?$", false);
      case PERCENT -> numberOrText(s, 0, 100, "^" + NUMBER + "%?$", false);
      case AVAILABILITY -> {
        numberOrText(s, 0, null, "^" + NUMBER + "%?$", false);
        ((ObjectNode) s.get("anyOf").get(0)).put("exclusiveMaximum", 100);
      }
      case COUNT -> numberOrText(s, 0, null, "^[0-9]+$", true);
      case POSITIVE_COUNT -> numberOrText(s, 1, null, "^[1-9][0-9]*$", true);
      case PRIORITY -> numberOrText(s, 1, 5, "^[1-5]$", true);
      default -> s.put("type", "string");
    }
    return s;
  }

  private static void numberOrText(
      ObjectNode s, int min, Integer max, String pattern, boolean whole) {
    ArrayNode any = s.putArray("anyOf");
    ObjectNode n = any.addObject().put("type", whole ? "integer" : "number").put("minimum", min);
    if (max != null) {
      n.put("maximum", max);
    }
    any.addObject().put("type", "string").put("pattern", pattern);
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static ArrayNode strings(String... values) {
    ArrayNode a = JSON.arrayNode();
    for (String v : values) {
      a.add(v);
    }
    return a;
  }
}
