package dev.advise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advise.Cli;
import dev.advise.Fixtures;
import dev.advise.descriptor.DescriptorParser;
import dev.advise.descriptor.Limits;
import dev.advise.descriptor.ParsedDocument;
import dev.advise.descriptor.ProblemBudget;
import dev.advise.model.Items;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile descriptors, as they might arrive in a pull request: each is refused with a located
 * message and no stack trace, quickly, and a valid file in the same run is still advised. The
 * timeouts only guard against hangs; they measure nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {

  private static final Path DIR = Fixtures.projectDir().resolve("src/test/resources/hostile");
  private static final String VALID = "examples/payments-api.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  static Stream<Path> files() throws IOException {
    return Fixtures.yamlFiles(DIR);
  }

  private static JsonNode refusedBesideAValidFile(Path hostile, List<String> expected)
      throws IOException {
    Cli.Result r = Cli.run("--format", "json", hostile.toString(), VALID);
    assertThat(r.code()).isEqualTo(3);
    List<String> stderr = r.err().lines().toList();
    assertThat(stderr)
        .containsExactlyElementsOf(
            expected.stream().map(e -> hostile.getParent() + "/" + e).toList());
    assertThat(r.err())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("\u001b");
    JsonNode out = JSON.readTree(r.out());
    assertThat(out.at("/results").findValuesAsText("workload")).containsExactly("payments-api");
    assertThat(out.at("/errors")).hasSize(expected.size());
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void isRefusedWithALocatedMessageWhileTheValidFileIsAdvised(Path file) throws IOException {
    refusedBesideAValidFile(file, Fixtures.expectedErrors(DIR, file.getFileName().toString()));
  }

  @Test
  void everyLimitCanBeSetOnTheCommandLine() throws IOException {
    Path f = tmp.resolve("aliases.yaml");
    Files.writeString(
        f,
        "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: a, labels: &l {x: y}}\n"
            + "spec: {isolation: &i {tenancy: multi}, latency: {jitter: strict}}\nx: [*l, *i, *l]\n");
    assertThat(Cli.run("--max-aliases", "2", f.toString()).err())
        .contains("refused: more than 2 aliases");
    assertThat(Cli.run("--max-depth", "2", f.toString()).err())
        .contains("refused: nesting deeper than 2 levels");
    assertThat(Cli.run("--max-file-size", "10", f.toString()).err())
        .contains("more than the 10 a descriptor may have");
    assertThat(Cli.run("--max-file-size", "0", f.toString()).code()).isEqualTo(2);
    assertThat(Cli.run("--max-aliases", "3", f.toString()).err()).doesNotContain("refused");
  }

  @Test
  void nothingIsExecutedFromTags() throws IOException {
    Path marker = Path.of("/tmp/advise-pwned");
    Files.deleteIfExists(marker);
    Cli.run(
        DIR.resolve("process-builder-tag.yaml").toString(),
        DIR.resolve("script-engine-tag.yaml").toString());
    assertThat(marker).doesNotExist();
  }

  @Test
  void aFileOfFortyMegabytesIsRefusedBeforeItIsRead() throws IOException {
    Path big = tmp.resolve("big.yaml");
    try (OutputStream out = Files.newOutputStream(big)) {
      byte[] line =
          "# padding padding padding padding padding padding padding padding padding\n".getBytes();
      for (long written = 0; written < 40L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    refusedBesideAValidFile(
        big,
        List.of(
            "big.yaml: is "
                + Files.size(big)
                + " bytes, more than the 4194304 a descriptor may have (see --max-file-size)"));
  }

  /**
   * Just under the size limit, a list of 400,000 distinct ids: once de-duplicated by searching a
   * list (minutes, in both readings), now read in about a second. With an anchor the file takes the
   * full reading, without one the plain reading.
   */
  @Test
  void aHugeListOfDistinctIdsIsReadInBothReadings() throws IOException {
    StringBuilder ids = new StringBuilder();
    for (int i = 0; i < 400_000; i++) {
      ids.append(i == 0 ? "" : ", ").append('x').append(i);
    }
    for (String metadata : List.of("{name: big}", "{name: big, owner: &o x}")) {
      String text =
          "apiVersion: advise/v1\nkind: Workload\nmetadata: "
              + metadata
              + "\nspec:\n  compliance:\n    frameworks: ["
              + ids
              + ", x7]\n";
      assertThat(text.length()).isLessThan(4 * 1024 * 1024);
      var docs = DescriptorParser.parse("big.yaml", text, Limits.DEFAULT);
      var spec = ((ParsedDocument.Valid) docs.get(0)).workload().spec();
      var items = (Items) spec.get("compliance.frameworks").orElseThrow();
      assertThat(items.values()).hasSize(400_000).startsWith("x0", "x1").endsWith("x399999");
      Path file = Files.writeString(tmp.resolve("big.yaml"), text);
      assertThat(Cli.run("--format", "json", file.toString()).code()).isZero();
    }
  }

  /**
   * A closed list (D110) of 400,000 ids, each repeated or outside its vocabulary: every one is a
   * problem, and the file keeps its budget of them (the rest are counted), in both readings (the
   * plain one gives up at the first id too many).
   */
  @Test
  void aHugeClosedListOfBadIdsKeepsToTheProblemBudget() {
    for (String id : List.of("vm", "x")) {
      StringBuilder ids = new StringBuilder("bare-metal");
      for (int i = 0; i < 400_000; i++) {
        ids.append(", ").append(id);
      }
      for (String metadata : List.of("{name: big}", "{name: big, owner: &o x}")) {
        String text =
            "apiVersion: advise/v1\nkind: Workload\nmetadata: "
                + metadata
                + "\nspec:\n  licensing:\n    supportedOn: ["
                + ids
                + "]\n";
        var docs = DescriptorParser.parse("big.yaml", text, Limits.DEFAULT);
        var problems = ((ParsedDocument.Invalid) docs.get(0)).problems();
        assertThat(problems).hasSize(ProblemBudget.PER_FILE);
        assertThat(problems.get(0).format())
            .isEqualTo(
                id.equals("vm")
                    ? "big.yaml:6:35: spec.licensing.supportedOn: \"vm\" is listed twice"
                        + " (first at line 6, column 31)"
                    : "big.yaml:6:31: spec.licensing.supportedOn: \"x\" is not allowed"
                        + " (expected one of: bare-metal, vm, container-on-vm, container-on-metal)");
      }
    }
  }

  @Test
  void aFifoDoesNotBlockTheRun() throws Exception {
    Path fifo = tmp.resolve("pipe.yaml");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is not available");
    refusedBesideAValidFile(fifo, List.of("pipe.yaml: not a regular file"));
    Files.copy(Fixtures.projectDir().resolve(VALID), tmp.resolve("valid.yaml"));
    Cli.Result folder = Cli.run("--format", "json", tmp.toString());
    assertThat(folder.code()).isEqualTo(3);
    assertThat(folder.err()).contains("pipe.yaml: not a regular file");
  }

  @Test
  void anUnreadableFileIsALocatedErrorNotACrash() throws IOException {
    Path locked = tmp.resolve("locked.yaml");
    Files.copy(Fixtures.projectDir().resolve(VALID), locked);
    assumeTrue(
        locked.toFile().setReadable(false, false) && !Files.isReadable(locked),
        "this user can read any file (root)");
    refusedBesideAValidFile(locked, List.of("locked.yaml: cannot read: permission denied"));
  }

  @Test
  void aByteOrderMarkAndWindowsLineEndsAreAccepted() throws IOException {
    Path crlf = tmp.resolve("windows.yaml");
    String text =
        "\uFEFFapiVersion: advise/v1\r\nkind: Workload\r\nmetadata:\r\n  name: from-windows\r\n"
            + "spec:\r\n  latency: {p99: fast}\r\n";
    Files.writeString(crlf, text);
    Cli.Result bad = Cli.run(crlf.toString());
    assertThat(bad.err()).contains("windows.yaml:6:18: spec.latency.p99");
    Files.writeString(crlf, text.replace("fast", "2ms"));
    Cli.Result r = Cli.run("--format", "json", crlf.toString());
    assertThat(r.code()).isZero();
    assertThat(JSON.readTree(r.out()).at("/results/0/workload").asText()).isEqualTo("from-windows");
  }

  @Test
  void hostileRuleFoldersAreRefusedTheSameWay() throws IOException {
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    Files.copy(DIR.resolve("billion-laughs.yaml"), rules.resolve("laughs.yaml"));
    Files.copy(DIR.resolve("process-builder-tag.yaml"), rules.resolve("tag.yaml"));
    Files.copy(DIR.resolve("invalid-utf8.yaml"), rules.resolve("utf8.yaml"));
    Files.writeString(
        rules.resolve("recursive.yaml"), "rules:\n  - &r\n    id: x.y\n    when: {not: *r}\n");
    Cli.Result r = Cli.run("--rules", rules.toString(), VALID);
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .contains("laughs.yaml:10:23: refused: more than 50 aliases in one document")
        .contains("recursive.yaml:4:17: refused: recursive anchor &r")
        .contains("tag.yaml:1:1: the tag \"!!java.lang.ProcessBuilder\" is not allowed")
        .contains("utf8.yaml:5:25: is not valid UTF-8")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  /**
   * Thresholds at the edge of the range (9e18 bytes, 5e9 seconds) compare correctly: what-if tries
   * a value beyond each, which overflowed into an internal error; it now stops at the largest value
   * there is.
   */
  @Test
  void thresholdsNearTheLargestValueCompareCorrectly() throws IOException {
    Path rules = Files.createDirectories(tmp.resolve("edge-rules"));
    String rule =
        "  - id: edge.%s\n    title: Edge\n    dimension: latency\n    when: {field: %s, gt: %s}\n"
            + "    effects: {bare-metal: +40, vm: -40, container-on-vm: -40, container-on-metal: -40}\n"
            + "    because: Generated.\n    sources: [\"querytel: Part 1\"]\n";
    Files.writeString(
        rules.resolve("edge.yaml"),
        "rules:\n"
            + String.format(rule, "memory", "resources.memory", "9000000000000000000")
            + String.format(rule, "duration", "latency.p99", "5000000000s"));
    String huge = "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: %s}\nspec: {%s}\n";
    Path above =
        Files.writeString(
            tmp.resolve("above.yaml"),
            String.format(huge, "above", "resources: {memory: 9000000000000000001}"));
    Path below =
        Files.writeString(
            tmp.resolve("below.yaml"),
            String.format(huge, "below", "resources: {memory: 8Gi}, latency: {p99: 2ms}"));
    Cli.Result r =
        Cli.run(
            "--rules", rules.toString(), "--format", "json", above.toString(), below.toString());
    assertThat(r.err()).doesNotContain("internal error");
    assertThat(r.code()).as(r.err()).isZero();
    var json = new ObjectMapper().readTree(r.out());
    assertThat(json.at("/results/0/ranking/0/reasons").findValuesAsText("rule"))
        .contains("edge.memory");
    assertThat(json.at("/results/1/ranking").findValuesAsText("rule"))
        .doesNotContain("edge.memory", "edge.duration");
  }
}
