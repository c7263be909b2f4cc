package dev.advise.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Fixtures;
import dev.advise.Generator;
import dev.advise.model.Field;
import dev.advise.model.Fields;
import dev.advise.model.Items;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain reader (straight from parser events) against the full one (composed nodes): on any text
 * the plain reader answers null or exactly what the full reader answers, and the public {@link
 * DescriptorParser#parse(String, String, Limits)} always answers what the full one does. The full
 * reader is the oracle: it is the one every error test pins down.
 */
class DescriptorReadersTest {

  private static final Path ROOT = Fixtures.projectDir();

  /** The plain reading of {@code text}, after checking it against the full one. */
  private static List<ParsedDocument> agree(String text, Limits limits) {
    List<ParsedDocument> full =
        DescriptorParser.parseFully("t.yaml", new StringReader(text), limits);
    List<ParsedDocument> plain = PlainDescriptorReader.read(text, limits);
    if (plain != null) {
      assertThat(plain).as("plain reading of:\n%s", text).isEqualTo(full);
      assertThat(full).allMatch(d -> d instanceof ParsedDocument.Valid);
    }
    assertThat(DescriptorParser.parse("t.yaml", text, limits))
        .as("parse of:\n%s", text)
        .isEqualTo(full);
    return plain;
  }

  private static List<ParsedDocument> agree(String text) {
    return agree(text, Limits.DEFAULT);
  }

  static Stream<Path> examples() {
    return Fixtures.examples().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleIsReadPlainlyAndAlike(Path example) throws IOException {
    assertThat(agree(Files.readString(example))).isNotNull();
  }

  static Stream<Path> badFiles() throws IOException {
    return Stream.of("src/test/resources/hostile", "src/test/resources/broken/descriptors")
        .flatMap(
            dir -> {
              try {
                return Fixtures.yamlFiles(ROOT.resolve(dir));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void everyBrokenOrHostileFileIsLeftToTheFullReading(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text = InputText.decode(bytes);
    } catch (InputText.Unreadable e) {
      return; // refused before any YAML reading
    }
    List<ParsedDocument> full =
        DescriptorParser.parseFully("t.yaml", new StringReader(text), Limits.DEFAULT);
    List<ParsedDocument> plain = agree(text);
    if (full.stream().anyMatch(d -> d instanceof ParsedDocument.Invalid)) {
      assertThat(plain == null || plain.isEmpty()).as("plain reading").isTrue();
    }
  }

  @Test
  void fuzzSeedsAgree() throws IOException {
    Path seeds =
        ROOT.resolve(
            "src/test/resources/dev/advise/security/ParserFuzzTestInputs/descriptorParser");
    List<Path> files;
    try (Stream<Path> s = Files.list(seeds)) {
      files = s.sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      try {
        agree(InputText.decode(Files.readAllBytes(f)));
      } catch (InputText.Unreadable e) {
        // not text: never reaches a YAML reader
      }
    }
  }

  @Test
  void generatedDescriptorsAreReadPlainly() {
    Generator generator = new Generator(6);
    for (int i = 0; i < 300; i++) {
      assertThat(agree(generator.descriptor("w" + i))).isNotNull();
    }
  }

  @Test
  void blockStyleQuotedKeysCommentsAndSeveralDocumentsAreReadPlainly() {
    String text =
        """
        # a comment
        apiVersion: "advise/v1"
        kind: 'Workload'
        metadata:
          name: pay-api
          description: ''
          labels: {team: payments, "tier": '1'}
        spec:
          "type": api   # trailing comment
          latency:
            p99: 2ms
          compliance:
            frameworks:
              - pci-dss
              - hipaa
              - pci-dss
          priorities: {latency: 5}
        ---
        apiVersion: advise/v1
        kind: Workload
        metadata: {name: second}
        spec: {}
        ...
        """;
    List<ParsedDocument> docs = agree(text);
    assertThat(docs).hasSize(2);
    ParsedDocument.Valid first = (ParsedDocument.Valid) docs.get(0);
    assertThat(first.workload().metadata().labels())
        .containsOnly(Map.entry("team", "payments"), Map.entry("tier", "1"));
    assertThat(first.position("latency.p99")).isEqualTo(new ParsedDocument.Position(11, 5));
  }

  @Test
  void theV11FieldsAndAnExceptionAreReadPlainly() {
    String text =
        """
        apiVersion: advise/v1
        kind: Workload
        metadata: {name: fn}
        spec:
          isolation: {tenancy: multi, tenants: teams}
          scaling: {toZero: false}
          resources: {io: {storage: light, network: heavy}}
          estate:
            servers: 1
            standard: container-on-metal
            team: platform
          exception:
            expires: 2027-06-30
            reason: "kept on purpose"
        ---
        apiVersion: advise/v1
        kind: Workload
        metadata: {name: fn2}
        spec: {isolation: {tenants: customers}, exception: {reason: r, expires: '2026-01-31'}}
        """;
    List<ParsedDocument> docs = agree(text);
    assertThat(docs).hasSize(2);
    assertThat(((ParsedDocument.Valid) docs.get(0)).workload().exception().reason())
        .isEqualTo("kept on purpose");
    assertThat(((ParsedDocument.Valid) docs.get(0)).position("exception"))
        .isEqualTo(new ParsedDocument.Position(12, 3));
    assertThat(((ParsedDocument.Valid) docs.get(1)).workload().exception()).isNotNull();
  }

  /** A closed list (D110) is read alike, in its vocabulary's order whatever order it is in. */
  @Test
  void aClosedListIsReadPlainlyAndInItsVocabularysOrder() {
    String text =
        """
        apiVersion: advise/v1
        kind: Workload
        metadata: {name: erp}
        spec:
          licensing:
            supportedOn:
              - container-on-metal
              - bare-metal
        ---
        apiVersion: advise/v1
        kind: Workload
        metadata: {name: vm-only}
        spec: {licensing: {supportedOn: [vm]}}
        """;
    List<ParsedDocument> docs = agree(text);
    assertThat(docs).hasSize(2);
    Field supportedOn = Fields.byPath("licensing.supportedOn").orElseThrow();
    assertThat(((ParsedDocument.Valid) docs.get(0)).workload().spec().get(supportedOn))
        .contains(new Items(List.of("bare-metal", "container-on-metal")));
    assertThat(((ParsedDocument.Valid) docs.get(1)).workload().spec().get(supportedOn))
        .contains(new Items(List.of("vm")));
  }

  /** v1.1: a trailing --- or a document of comments only is no workload and no error. */
  @Test
  void emptyDocumentsAreIgnoredByBothReadingsAndStillNumbered() {
    String one = "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: a}\nspec: {}\n";
    List<ParsedDocument> docs =
        agree("---\n# only a comment\n---\n" + one + "---\n" + one + "---\n");
    assertThat(docs).extracting(ParsedDocument::document).containsExactly(2, 3);
    assertThat(agree(one + "--- # generated\n...\n"))
        .singleElement()
        .isInstanceOf(ParsedDocument.Valid.class);
    // a document that says "null" is not empty
    List<ParsedDocument> explicit =
        DescriptorParser.parse("t.yaml", one + "--- ~\n", Limits.DEFAULT);
    assertThat(explicit).hasSize(2);
    assertThat(explicit.get(1)).isInstanceOf(ParsedDocument.Invalid.class);
    agree(one + "--- ~\n");
    // only empty documents: the plain reading says so at once, without a second reading
    assertThat(agree("---\n# only a comment\n---\n...\n")).isEmpty();
    assertThat(agree("")).isEmpty();
    agree(one + "--- ''\n");
  }

  /** Valid descriptors that the plain reader still leaves to the full one, and why. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "metadata: {name: a, owner: &o x, description: *o}", // anchor and alias
        "metadata: {name: a}\nextra: 1", // unknown key (invalid)
        "metadata: {name: a, description: }", // empty value (invalid)
        "metadata: {name: a, description: null}", // null words (invalid)
        "metadata: {name: a, description: NULL}",
        "metadata: {name: a, description: Null}",
        "metadata: {name: a, owner: ~}",
        "metadata: {name: a}\nspec: {hardware: {devices: [gpu, ~]}}",
        "metadata: {name: a, owner: !!str x}", // a tag
        "metadata: {name: a, labels: {<<: {x: y}}}", // merge key (invalid)
        "metadata: {name: a, name: b}", // repeated key (invalid)
        "metadata: {name: ''}", // empty name
        "metadata: {name: Bad_Name}", // invalid name
        "metadata: {name: a}\nspec: {type: webb}", // not a choice (invalid)
        "metadata: {name: a}\nspec: {type: web, type: api}", // repeated spec key
        "metadata: {name: a}\nspec: {hardware: {devices: [GPU]}}", // not an id (invalid)
        "metadata: {name: a}\nspec: {licensing: {supportedOn: [vmm]}}", // not in the vocabulary
        "metadata: {name: a}\nspec: {licensing: {supportedOn: []}}", // empty (invalid)
        "metadata: {name: a}\nspec: {licensing: {supportedOn: vm}}", // not a list (invalid)
        "metadata: {name: a}\nspec: {licensing: {supportedOn: [vm, vm]}}", // repeated (invalid)
        "metadata: {name: a}\nspec: {licensing: {supportedOn: [vm, bare-metal, vm, vm, vm]}}",
        "metadata: {name: a}\nspec: {licensing: {supportedOn: [vm, ~]}}", // a null item
        "metadata: {name: a}\nspec: {isolation: {tenancy: single, tenants: teams}}", // conflict
        // (invalid)
        "metadata: {name: a}\nspec: {estate: {servers: 0}}", // below 1 (invalid)
        "metadata: {name: a}\nspec: {exception: {reason: x}}", // no expiry (invalid)
        "metadata: {name: a}\nspec: {exception: {reason: x, expires: 2027-02-30}}", // no such day
        "metadata: {name: a}\nspec: {exception: {reason: ' ', expires: 2027-02-03}}", // blank
        // reason
        "metadata: {name: a}\nspec: {exception: {reason: x, expires: 2027-02-03, expires: 2027-02-04}}",
      })
  void leavesToTheFullReading(String rest) {
    String text =
        "apiVersion: advise/v1\nkind: Workload\n"
            + rest
            + (rest.contains("spec") ? "" : "\nspec: {}")
            + "\n";
    assertThat(agree(text)).isNull();
  }

  @Test
  void anchoredButValidDescriptorIsStillReadByTheFullReading() {
    String text =
        "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: a, owner: &o x, description: *o}\nspec: {}\n";
    List<ParsedDocument> docs = DescriptorParser.parse("t.yaml", text, Limits.DEFAULT);
    assertThat(docs).singleElement().isInstanceOf(ParsedDocument.Valid.class);
    assertThat(((ParsedDocument.Valid) docs.get(0)).workload().metadata().description())
        .isEqualTo("x");
  }

  @Test
  void keepsToTheDepthLimit() throws IOException {
    String text = Files.readString(ROOT.resolve("examples/order-matcher.yaml"));
    boolean refused = false;
    boolean accepted = false;
    for (int depth = 1; depth <= 8; depth++) {
      Limits limits = new Limits(Limits.DEFAULT.maxBytes(), 50, depth);
      boolean valid =
          DescriptorParser.parseFully("t.yaml", new StringReader(text), limits).stream()
              .allMatch(d -> d instanceof ParsedDocument.Valid);
      assertThat(agree(text, limits) != null)
          .as("plain reading at depth %d", depth)
          .isEqualTo(valid);
      refused |= !valid;
      accepted |= valid;
    }
    assertThat(refused).isTrue();
    assertThat(accepted).isTrue();
  }

  /**
   * Random edits of the examples (a character deleted, repeated or replaced by one YAML cares
   * about): whatever they make, the readers agree. About half stay valid.
   */
  @Test
  void randomEditsOfTheExamplesAgree() throws IOException {
    Random random = new Random(42);
    String specials = ":-[]{},&*!|>'\"#%@` \n\t~0aZ.?";
    int plain = 0;
    int edits = 0;
    for (Path example : Fixtures.examples()) {
      String text = Files.readString(example, StandardCharsets.UTF_8);
      for (int i = 0; i < 150; i++) {
        StringBuilder sb = new StringBuilder(text);
        int at = random.nextInt(sb.length());
        switch (random.nextInt(3)) {
          case 0 -> sb.deleteCharAt(at);
          case 1 -> sb.insert(at, sb.charAt(at));
          default -> sb.setCharAt(at, specials.charAt(random.nextInt(specials.length())));
        }
        edits++;
        if (agree(sb.toString()) != null) {
          plain++;
        }
      }
    }
    // both kinds of outcome must be exercised, or the comparison proves little
    assertThat(plain).isBetween(edits / 10, edits - edits / 10);
  }
}
