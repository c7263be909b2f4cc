package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advise.Cli;
import dev.advise.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line contract: exit codes, what goes to stdout and what to stderr. */
class MainTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Fixtures.write(dir, name, text);
  }

  private static String valid(String name) {
    return "apiVersion: advise/v1\nkind: Workload\nmetadata:\n  name: "
        + name
        + "\nspec:\n  isolation: {tenancy: multi, trust: untrusted}\n  placement: container-on-vm\n";
  }

  @Test
  void aBadValueIsLocatedOnStderrWhileTheValidFileIsStillAdvised() throws IOException {
    Path bad =
        write(
            "payments.yaml",
            """
        apiVersion: advise/v1
        kind: Workload
        metadata:
          name: payments
        spec:
          latency:
            p99: fast
        """);
    Path good = write("good.yaml", valid("good"));

    Cli.Result r = Cli.run("--format", "json", bad.toString(), good.toString());

    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .contains(bad + ":7:10: spec.latency.p99: \"fast\" is not a duration (e.g. 2ms, 50us)")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    JsonNode out = JSON.readTree(r.out());
    assertThat(out.at("/results")).hasSize(1);
    assertThat(out.at("/results/0/workload").asText()).isEqualTo("good");
    JsonNode error = out.at("/errors/0");
    assertThat(error.get("source").asText()).isEqualTo(bad.toString());
    assertThat(error.get("document").asInt()).isEqualTo(1);
    assertThat(error.get("line").asInt()).isEqualTo(7);
    assertThat(error.get("column").asInt()).isEqualTo(10);
    assertThat(error.get("path").asText()).isEqualTo("spec.latency.p99");
    assertThat(error.get("message").asText())
        .isEqualTo("\"fast\" is not a duration (e.g. 2ms, 50us)");
    assertThat(out.at("/summary/files").asInt()).isEqualTo(2);
    assertThat(out.at("/summary/errors").asInt()).isEqualTo(1);
  }

  @Test
  void nearMissesOfFieldNamesAndValuesGetASuggestion() throws IOException {
    Path f =
        write(
            "typos.yaml",
            """
        apiVersion: advise/v1
        kind: Workload
        metadata: {name: typos}
        spec:
          isolaton: {}
        ---
        apiVersion: advise/v1
        kind: Workload
        metadata: {name: typos-two}
        spec:
          isolation:
            tenancy: mutli
        """);
    Cli.Result r = Cli.run(f.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .contains(f + ":5:3: spec.isolaton: unknown field (did you mean \"isolation\"?)")
        .contains(
            f
                + ":12:14: spec.isolation.tenancy: \"mutli\" is not allowed (did you mean \"multi\"?)");
  }

  @Test
  void theThreeArgumentEntryPointTakesItsStreamsAndReturnsTheExitCode() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out),
            new PrintWriter(err),
            "--color=never",
            "examples/payments-api.yaml");
    assertThat(code).isZero();
    assertThat(out.toString())
        .startsWith("payments-api  examples/payments-api.yaml\n")
        .contains("Recommendation: container-on-vm");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theThreeArgumentEntryPointWritesEncodedFormatsToItsWriterToo() {
    StringWriter out = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            "--format",
            "ndjson",
            "examples/payments-api.yaml");
    assertThat(code).isZero();
    assertThat(out.toString())
        .startsWith("{\"source\":\"examples/payments-api.yaml\"")
        .contains("\"summary\"");
  }

  @Test
  void theQuickReadingGivesTheSameResultAsPicocli() throws IOException {
    Path f = write("w.yaml", valid("w"));
    Cli.Result plain = Cli.run(f.toString());
    // --color=auto is the default, but an option picocli alone reads (an argument file) forces
    // picocli
    Path argFile = write("args.txt", f.toString());
    Cli.Result parsed = Cli.run("--color=auto", "@" + argFile);
    assertThat(plain).isEqualTo(parsed);
    assertThat(Cli.run("no-such.yaml").code()).isEqualTo(3);
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Cli.Result r = Cli.run("--frobnicate", "x.yaml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--frobnicate").contains("advise --help");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownFormatIsAUsageErrorThatListsTheFormats() {
    Cli.Result r = Cli.run("--format", "yaml", "x.yaml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'yaml' is not a format").contains("table, json, ndjson");
  }

  @Test
  void noPathIsAUsageError() {
    assertThat(Cli.run().code()).isEqualTo(2);
  }

  @Test
  void aMissingFileExitsThreeAndIsNamed() throws IOException {
    Path good = write("good.yaml", valid("good"));
    Cli.Result r = Cli.run("--format", "json", "no/such/file.yaml", good.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("no/such/file.yaml: no such file or folder");
    assertThat(JSON.readTree(r.out()).at("/results")).hasSize(1);
  }

  @Test
  void helpAndVersionExitZeroOnStdout() {
    Cli.Result help = Cli.run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Usage: advise").contains("--format").contains("Exit codes");
    Cli.Result version = Cli.run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("advise ");
  }

  @Test
  void standardInputIsReadForADash() {
    Cli.Result r = Cli.run(Cli.pipe(valid("from-stdin")), "--format", "json", "-");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"source\": \"-\"").contains("\"workload\": \"from-stdin\"");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void colourOnlyOnATerminalWithoutNoColourOrWhenForced() throws IOException {
    Path f = write("w.yaml", valid("w"));
    assertThat(Cli.run(Cli.pipe(""), f.toString()).out()).doesNotContain("\u001b[");
    assertThat(Cli.run(Cli.terminal(Map.of()), f.toString()).out()).contains("\u001b[");
    assertThat(Cli.run(Cli.terminal(Map.of("NO_COLOR", "1")), f.toString()).out())
        .doesNotContain("\u001b[");
    assertThat(Cli.run(Cli.pipe(""), "--color=always", f.toString()).out()).contains("\u001b[");
    assertThat(Cli.run(Cli.terminal(Map.of()), "--color=never", f.toString()).out())
        .doesNotContain("\u001b[");
  }

  @Test
  void checkPassesForTheAdvisedPlacementAndFailsForAnExcludedOne() throws IOException {
    Path advised = write("advised.yaml", valid("advised"));
    Cli.Result pass = Cli.run("--check", "--format", "json", advised.toString());
    assertThat(pass.code()).isZero();
    assertThat(JSON.readTree(pass.out()).at("/results/0/check/status").asText()).isEqualTo("pass");

    Path excluded =
        write(
            "excluded.yaml",
            """
        apiVersion: advise/v1
        kind: Workload
        metadata: {name: excluded}
        spec:
          placement: vm
          compliance: {physicalIsolation: required}
        """);
    Cli.Result fail =
        Cli.run("--check", "--format", "json", excluded.toString(), advised.toString());
    assertThat(fail.code()).isEqualTo(1);
    JsonNode check = JSON.readTree(fail.out()).at("/results/0/check");
    assertThat(check.get("status").asText()).isEqualTo("fail");
    assertThat(check.get("message").asText())
        .contains("vm is excluded by isolation.physical-mandate");
    assertThat(JSON.readTree(fail.out()).at("/summary/checks/failed").asInt()).isEqualTo(1);
    assertThat(JSON.readTree(fail.out()).at("/summary/checks/passed").asInt()).isEqualTo(1);
  }

  @Test
  void invalidInputOutranksAFailedCheck() throws IOException {
    Path excluded =
        write(
            "excluded.yaml",
            "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: e}\nspec: {placement: vm, compliance: {physicalIsolation: required}}\n");
    Path bad = write("bad.yaml", "apiVersion: advise/v1\n");
    assertThat(Cli.run("--check", excluded.toString(), bad.toString()).code()).isEqualTo(3);
  }

  @Test
  void withoutCheckThereIsNoCheckField() throws IOException {
    Path f = write("w.yaml", valid("w"));
    assertThat(Cli.run("--format", "json", f.toString()).out()).doesNotContain("\"check\"");
  }

  @Test
  void foldersAreWalkedRecursivelyInSortedOrderForYamlOnly() throws IOException {
    write("tree/b/inner.yaml", valid("inner"));
    write("tree/a.yml", valid("a"));
    write("tree/z.yaml", valid("z"));
    write("tree/notes.txt", "not a descriptor");
    write("tree/a/deeper/one.yaml", valid("one"));
    Cli.Result r = Cli.run("--format", "json", dir.resolve("tree").toString());
    assertThat(r.code()).isZero();
    JsonNode results = JSON.readTree(r.out()).at("/results");
    assertThat(results.findValuesAsText("workload")).containsExactly("one", "a", "inner", "z");
    assertThat(results.get(0).get("source").asText())
        .isEqualTo(dir.resolve("tree") + "/a/deeper/one.yaml");
  }

  @Test
  void symbolicLinksInFoldersAreSkippedWithANote() throws IOException {
    Path real = write("outside/secret.yaml", valid("secret"));
    write("repo/own.yaml", valid("own"));
    Files.createSymbolicLink(dir.resolve("repo/link.yaml"), real);
    Cli.Result r = Cli.run("--format", "json", dir.resolve("repo").toString());
    assertThat(r.code()).isZero();
    assertThat(JSON.readTree(r.out()).at("/results").findValuesAsText("workload"))
        .containsExactly("own");
    assertThat(r.err()).contains("link.yaml: skipped, a symbolic link");
  }

  @Test
  void brokenRuleFoldersAreReportedWithFileAndLine() throws IOException {
    write(
        "rules/bad.yaml",
        "rules:\n  - id: x.y\n    title: t\n    dimension: latency\n"
            + "    when: {field: latency.p95, lte: 1ms}\n    effects: {vm: 1}\n    because: b\n"
            + "    sources: [\"querytel: Part 6\"]\n");
    Path f = write("w.yaml", valid("w"));
    Cli.Result r = Cli.run("--rules", dir.resolve("rules").toString(), f.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .contains("bad.yaml:5:19: rules[0].when.field: \"latency.p95\" is not a descriptor field");
    assertThat(Cli.run("--rules", dir.resolve("nowhere").toString(), f.toString()).err())
        .contains("no such rules folder");
  }

  @Test
  void anInternalErrorIsOneLineAndTheTraceOnlyWithDebug() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() {
            throw new IllegalStateException("boom");
          }
        };
    Environment env = new Environment(failing, Map.of(), false);
    Cli.Result r = Cli.run(env, "-");
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.err().strip())
        .isEqualTo(
            "advise: internal error: java.lang.IllegalStateException: boom (run with --debug for the stack trace)");
    Cli.Result debug = Cli.run(env, "--debug", "-");
    assertThat(debug.code()).isEqualTo(4);
    assertThat(debug.err()).contains("\tat ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "ndjson"})
  void encodedFormatsWriteToTheStdoutStreamExactlyWhatTheWriterWouldCarry(String format)
      throws IOException {
    Path bad =
        write(
            "bad.yaml",
            "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: x}\nspec: {latency: {p99: fast}}\n");
    Path good = write("good.yaml", valid("\u00e9t\u00e9") + "---\n" + valid("two"));
    String[] args = {"--format", format, "--check", "examples", bad.toString(), good.toString()};
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    // A little text already in the writer, as if written before the report: it must come first.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
    out.print("before\n");
    int code =
        Main.run(
            new Environment(InputStream.nullInputStream(), Map.of(), false, stdout),
            out,
            new PrintWriter(new StringWriter()),
            args);
    out.flush();
    Cli.Result throughWriter = Cli.run(args);
    assertThat(code).isEqualTo(throughWriter.code()).isEqualTo(3);
    assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo("before\n" + throughWriter.out());
  }

  @Test
  void ndjsonIsOneResultPerLineThenTheSummary() throws IOException {
    Path f = write("two.yaml", valid("one") + "---\n" + valid("two"));
    Cli.Result r = Cli.run("--format", "ndjson", f.toString());
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(JSON.readTree(lines[0]).get("workload").asText()).isEqualTo("one");
    assertThat(JSON.readTree(lines[1]).get("document").asInt()).isEqualTo(2);
    assertThat(JSON.readTree(lines[2]).at("/summary/workloads").asInt()).isEqualTo(2);
    assertThat(JSON.readTree(lines[2]).get("errors")).isEmpty();
  }

  @Test
  void namesWithControlCharactersNeverReachTheTerminalRaw() throws IOException {
    Path f =
        write(
            "evil\u001b[2J.yaml",
            "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: \"a\\e]0;x\\a\"}\nspec: {}\n");
    Cli.Result r = Cli.run(f.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).doesNotContain("\u001b").contains("\\u001B");
  }
}
