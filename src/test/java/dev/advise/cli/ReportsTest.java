package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Cli;
import dev.advise.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --report FORMAT=FILE} (issue 13 item 2): one run writes several formats, each byte for
 * byte what that format prints alone, each atomically; one that cannot be written is exit 5 and
 * leaves the others complete; an output that is also an input is refused.
 */
class ReportsTest {

  private static final Path EXAMPLES = Fixtures.projectDir().resolve("examples");
  private static final Path BROKEN =
      Fixtures.projectDir().resolve("src/test/resources/broken/descriptors");
  private static final Path EXAMPLE = EXAMPLES.resolve("payments-api.yaml");

  @TempDir Path dir;

  private static String[] line(List<String> head, String... tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(List.of(tail));
    return all.toArray(new String[0]);
  }

  /** Every format as a report of one run, against that format printed alone, on the given paths. */
  private void everyFormatMatchesItsOwnRun(String name, String... paths) throws IOException {
    Path out = Files.createDirectories(dir.resolve(name));
    List<String> args = new ArrayList<>(List.of("--check", "--format", "table"));
    for (Format f : Format.values()) {
      args.add("--report");
      args.add(f.id() + "=" + out.resolve(f.id() + ".out"));
    }
    Cli.Result all = Cli.run(line(args, paths));
    Cli.Result tableAlone = Cli.run(line(List.of("--check", "--format", "table"), paths));
    assertThat(all.out()).as("stdout keeps --format").isEqualTo(tableAlone.out());
    assertThat(all.err()).as("diagnostics once").isEqualTo(tableAlone.err());
    for (Format f : Format.values()) {
      Cli.Result alone = Cli.run(line(List.of("--check", "--format", f.id()), paths));
      assertThat(all.code()).as("exit code with %s", f.id()).isEqualTo(alone.code());
      byte[] report = Files.readAllBytes(out.resolve(f.id() + ".out"));
      assertThat(report)
          .as("%s report of %s", f.id(), name)
          .isEqualTo(alone.out().getBytes(StandardCharsets.UTF_8));
      assertThat(alone.out()).as("%s printed something", f.id()).isNotEmpty();
    }
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")))
          .isEmpty();
    }
  }

  @Test
  void eachReportIsByteIdenticalToItsFormatAloneOnTheExamples() throws IOException {
    everyFormatMatchesItsOwnRun("examples", EXAMPLES.toString());
  }

  @Test
  void eachReportIsByteIdenticalToItsFormatAloneOnBrokenFiles() throws IOException {
    everyFormatMatchesItsOwnRun("broken", BROKEN.toString(), EXAMPLE.toString());
  }

  @Test
  void eachReportIsByteIdenticalToItsFormatAloneForOneFile() throws IOException {
    everyFormatMatchesItsOwnRun("one", EXAMPLE.toString());
  }

  /**
   * A report that cannot be written is said and is exit 5; the other reports and stdout are whole.
   */
  @Test
  void anUnwritableReportIsExitFiveAndTheOthersAreComplete() throws IOException {
    Path missing = dir.resolve("nodir/x.json");
    List<String> args =
        new ArrayList<>(
            List.of(
                "--format",
                "ndjson",
                "--report",
                "json=" + missing,
                "--report",
                "sarif=" + dir.resolve("ok.sarif"),
                "--report",
                "junit=" + dir,
                "--report",
                "markdown=" + dir.resolve("ok.md")));
    boolean full = Files.exists(Path.of("/dev/full"));
    if (full) {
      args.addAll(List.of("--report", "table=/dev/full")); // fails while writing, not when opened
    }
    args.add(EXAMPLES.toString());
    Cli.Result r = Cli.run(args.toArray(new String[0]));
    assertThat(r.code()).isEqualTo(5);
    List<String> expected =
        new ArrayList<>(
            List.of(
                "advise: cannot write " + missing + ": no such folder " + missing.getParent(),
                "advise: cannot write " + dir + ": is a folder"));
    if (full) {
      expected.add("advise: cannot write /dev/full: no space left on device");
    }
    assertThat(r.err().lines()).containsExactlyElementsOf(expected);
    assertThat(r.out()).isEqualTo(Cli.run("--format", "ndjson", EXAMPLES.toString()).out());
    assertThat(Files.readString(dir.resolve("ok.sarif")))
        .isEqualTo(Cli.run("--format", "sarif", EXAMPLES.toString()).out());
    assertThat(Files.readString(dir.resolve("ok.md")))
        .isEqualTo(Cli.run("--format", "markdown", EXAMPLES.toString()).out());
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("ok.sarif", "ok.md");
    }
  }

  @Test
  void aReportThatIsAnInputOrWrittenTwiceIsRefused() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(EXAMPLE, in.resolve("a.yaml"));
    Cli.Result input = Cli.run("--report", "json=" + in.resolve("b.yaml"), in.toString());
    assertThat(input.code()).isEqualTo(2);
    assertThat(input.err()).contains("--report json=" + in.resolve("b.yaml") + " is also an input");
    Cli.Result named =
        Cli.run("--report", "json=" + in.resolve("a.yaml"), in.resolve("a.yaml").toString());
    assertThat(named.code()).isEqualTo(2);
    Cli.Result twice =
        Cli.run(
            "-o",
            dir.resolve("x").toString(),
            "--report",
            "sarif=" + dir.resolve("x"),
            EXAMPLE.toString());
    assertThat(twice.code()).isEqualTo(2);
    assertThat(twice.err()).contains("writes the same file as --output");
    assertThat(Files.exists(in.resolve("b.yaml"))).isFalse();
    assertThat(Files.exists(dir.resolve("x"))).isFalse();
  }

  /** Reports from the file go below its folder; a flag's reports replace the file's. */
  @Test
  void reportsFromTheConfigurationFile() throws IOException {
    Path team = Files.createDirectories(dir.resolve("team"));
    String cfg =
        Fixtures.write(
                team, "advise.yml", "reports:\n  sarif: out/advise.sarif\n  markdown: advise.md\n")
            .toString();
    Files.createDirectories(team.resolve("out"));
    Cli.Result r = Cli.run("--config", cfg, EXAMPLE.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(team.resolve("out/advise.sarif")))
        .isEqualTo(Cli.run("--format", "sarif", EXAMPLE.toString()).out());
    assertThat(team.resolve("advise.md")).exists();
    Cli.Result flag =
        Cli.run(
            "--config", cfg, "--report", "json=" + dir.resolve("only.json"), EXAMPLE.toString());
    assertThat(flag.code()).as(flag.err()).isZero();
    assertThat(dir.resolve("only.json")).exists();
    String outside =
        Fixtures.write(team, "outside.yml", "reports: {json: ../../x.json, sarif: /tmp/x.sarif}\n")
            .toString();
    Cli.Result refused = Cli.run("--config", outside, EXAMPLE.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err().lines())
        .hasSize(2)
        .allSatisfy(
            l ->
                assertThat(l)
                    .startsWith(outside + ":1:")
                    .contains("reports: ")
                    .contains("is not below this file's folder"));
    Environment env =
        new Environment(
            new ByteArrayInputStream(new byte[0]),
            Map.of(
                "ADVISE_REPORT",
                "json=" + dir.resolve("env.json") + ",markdown=" + dir.resolve("env.md")),
            false);
    Cli.Result fromEnv = Cli.run(env, "--no-config", EXAMPLE.toString());
    assertThat(fromEnv.code()).as(fromEnv.err()).isZero();
    assertThat(dir.resolve("env.json")).exists();
    assertThat(dir.resolve("env.md")).exists();
  }
}
