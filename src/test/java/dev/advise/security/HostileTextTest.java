package dev.advise.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advise.Cli;
import dev.advise.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text inside otherwise well-formed descriptors and rule files (issue 12): values built to
 * be slow or to flood the output. Each is refused with a located message while a valid file in the
 * same run is advised. The timeouts only guard against hangs; they measure nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileTextTest {

  private static final String VALID = "examples/payments-api.yaml";
  private static final String MILLION_DIGITS = "9".repeat(1_000_000);

  @TempDir Path tmp;

  private Path descriptor(String name, String spec) throws IOException {
    return Fixtures.write(
        tmp,
        name,
        "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: n}\nspec:\n" + spec + "\n");
  }

  /**
   * Converting a decimal string costs the square of its length: a million-digit cpu took 72 s.
   * Every path that converts numbers (cpu, memory, durations, percentages, counts) refuses a number
   * of more than 30 digits first, at its position.
   */
  @Test
  void aLongNumberIsRefusedWhereverItIsWritten() throws IOException {
    String digits = "9".repeat(5_000);
    List<String> args = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    String[][] cases = {
      // file, section, key, value
      {"cpu", "resources", "cpu", digits},
      {"memory", "resources", "memory", digits + "Gi"},
      {"p99", "latency", "p99", "0." + digits + "ms"},
      {"utilization", "resources", "utilization", digits + "%"},
      {"availability", "sla", "availability", "99." + digits},
      {"instances", "scaling", "instances", digits},
    };
    for (String[] c : cases) {
      String before = "  " + c[1] + ": {" + c[2] + ": ";
      Path f = descriptor(c[0] + ".yaml", before + c[3] + "}");
      args.add(f.toString());
      String why =
          c[0].equals("instances")
              ? "is too large (expected a whole number of at most 18 digits)"
              : "is too long a number (at most 30 digits)";
      expected.add(
          f
              + ":5:"
              + (before.length() + 1)
              + ": spec."
              + c[1]
              + "."
              + c[2]
              + ": "
              + shortened(c[3])
              + " "
              + why);
    }
    args.add(VALID);
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err().lines().filter(l -> l.startsWith(tmp.toString())))
        .containsExactlyElementsOf(expected);
    assertThat(r.out()).contains("payments-api");
  }

  /**
   * A word of a million characters is refused before YAML reads it: SnakeYAML's cost for one token
   * grows with the square of its length (half a second here, eight for 4 MB).
   */
  @Test
  void aMillionCharacterWordIsRefusedBeforeTheYamlReading() throws IOException {
    Path f = descriptor("cpu.yaml", "  resources: {cpu: " + MILLION_DIGITS + "}");
    Cli.Result r = Cli.run(f.toString(), VALID);
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .contains(
            "cpu.yaml:5:20: refused: a word of 1000000 characters (more than 65536 without a blank)");
    assertThat(r.out()).contains("payments-api");
  }

  /** How a message quotes a long ASCII value: its first 40 characters, an ellipsis, its length. */
  private static String shortened(String value) {
    return "\"" + value.substring(0, 40) + "...\" (" + value.length() + " characters)";
  }

  @Test
  void aRuleThresholdOfAMillionDigitsIsRefusedTheSameWay() throws IOException {
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    Fixtures.write(
        rules,
        "big.yaml",
        "rules:\n  - id: test.big\n    title: t\n    dimension: density\n"
            + "    when: {field: resources.memory, gte: "
            + "9".repeat(100_000)
            + "Ki}\n"
            + "    effects: {vm: +5}\n    because: b\n    sources: [\"querytel: Part 6\"]\n");
    Cli.Result r = Cli.run("--rules", rules.toString(), VALID);
    assertThat(r.err())
        .contains(
            "big.yaml:5:42: rules[0].when.gte: "
                + shortened("9".repeat(100_000) + "Ki")
                + " is too long a number (at most 30 digits)");
  }

  @Test
  void aWholeNumberTooLargeForALongSaysSo() throws IOException {
    Path f =
        descriptor(
            "large.yaml", "  scaling: {instances: 9999999999999999999}\n  estate: {servers: -1}");
    assertThat(Cli.run(f.toString()).err())
        .contains("large.yaml:5:24: spec.scaling.instances: \"9999999999999999999\" is too large")
        .contains("large.yaml:6:21: spec.estate.servers: \"-1\" is below 1 (expected 1 or more)");
  }

  /** An unknown key of 100 KB is named by its first 40 characters and its length, not repeated. */
  @Test
  void aHugeUnknownKeyIsNotRepeated() throws IOException {
    // a blank inside: a word this long would be refused before YAML reads it
    String key = "k".repeat(60_000) + " " + "k".repeat(40_000);
    // explicit keys (?): YAML allows an implicit key of at most 1024 characters
    Path f =
        descriptor("key.yaml", "  ? " + key + "\n  : 1\n  latency:\n    ? " + key + "\n    : 2");
    Cli.Result r = Cli.run("--format", "json", f.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .contains(
            "key.yaml:5:5: spec."
                + "k".repeat(40)
                + "...: unknown field of 100001 characters"
                + " (expected one of: type,");
    assertThat(r.err())
        .contains(
            "key.yaml:8:7: spec.latency."
                + "k".repeat(40)
                + "...: unknown field of 100001 characters");
    assertThat(r.err().length() + r.out().length()).isLessThan(4_000);
  }

  /** The YAML library's own messages can repeat a name of any length; they are cut short too. */
  @Test
  void aHugeAliasNameInASyntaxErrorIsNotRepeated() throws IOException {
    String name = "a".repeat(50_000);
    Path f = descriptor("alias.yaml", "  type: *" + name);
    Cli.Result r = Cli.run(f.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("a".repeat(40) + "... (50000 characters)").hasSizeLessThan(1_000);
  }

  /**
   * A flood of bad documents: each file keeps its first 100 errors and says how many more there
   * were, so memory and output stay flat whatever the count, and the good file is advised.
   */
  @Test
  void anErrorFloodIsCappedPerFileWithACountOfTheRest() throws Exception {
    List<String> args = new ArrayList<>();
    for (int f = 0; f < 3; f++) {
      args.add(Fixtures.write(tmp, "flood" + f + ".yaml", "--- 1\n".repeat(5_000)).toString());
    }
    args.add(VALID);
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).contains("payments-api");
    for (int f = 0; f < 3; f++) {
      String name = "flood" + f + ".yaml:";
      List<String> lines = r.err().lines().filter(l -> l.contains(name)).toList();
      assertThat(lines).hasSize(101);
      assertThat(lines.get(100)).endsWith(name + "101:5: ... and 4900 more errors in this file");
    }
    JsonNode json = new ObjectMapper().readTree(Cli.run(args.get(0), "--format", "json").out());
    assertThat(json.at("/errors")).hasSize(101);
  }
}
