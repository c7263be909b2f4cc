package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advise.Cli;
import dev.advise.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Walking folders, writing the report, and what goes to stderr in a batch. */
class BatchOptionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Fixtures.write(dir, name, text);
  }

  private static String valid(String name, String spec) {
    return "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: "
        + name
        + "}\nspec: "
        + spec
        + "\n";
  }

  private List<String> workloads(String... args) throws IOException {
    Cli.Result r =
        Cli.run(
            Stream.concat(Stream.of("--format", "json"), Stream.of(args)).toArray(String[]::new));
    return JSON.readTree(r.out()).at("/results").findValuesAsText("workload");
  }

  @Test
  void includeAndExcludeGlobsChooseFilesAndPruneFolders() throws IOException {
    write("t/prod/a.yaml", valid("prod-a", "{}"));
    write("t/prod/b.descriptor", valid("prod-b", "{}"));
    write("t/test/c.yaml", valid("test-c", "{}"));
    write("t/vendor/d.yaml", valid("vendor-d", "{}"));
    String t = dir.resolve("t").toString();
    assertThat(workloads(t)).containsExactly("prod-a", "test-c", "vendor-d");
    assertThat(workloads("--exclude", "vendor", t)).containsExactly("prod-a", "test-c");
    assertThat(workloads("--exclude", "test/*.yaml", "--exclude", "vendor", t))
        .containsExactly("prod-a");
    assertThat(workloads("--include", "*.descriptor", t)).containsExactly("prod-b");
    assertThat(workloads("--include", "prod/**", t)).containsExactly("prod-a", "prod-b");
  }

  @Test
  void followedLinksStayInsideTheFolderLoopsEndAndEachFileIsAdvisedOnce() throws IOException {
    write("repo/a/one.yaml", valid("one", "{}"));
    write("repo/b/two.yaml", valid("two", "{}"));
    write("secrets/key.yaml", valid("secret", "{}"));
    Files.createSymbolicLink(dir.resolve("repo/a/loop"), dir.resolve("repo"));
    Files.createSymbolicLink(dir.resolve("repo/b/again.yaml"), dir.resolve("repo/a/one.yaml"));
    Files.createSymbolicLink(dir.resolve("repo/b/leak.yaml"), dir.resolve("secrets/key.yaml"));
    Files.createSymbolicLink(dir.resolve("repo/b/dangling.yaml"), dir.resolve("nothing.yaml"));
    String repo = dir.resolve("repo").toString();

    Cli.Result plain = Cli.run("--format", "json", repo);
    assertThat(JSON.readTree(plain.out()).at("/results").findValuesAsText("workload"))
        .containsExactly("one", "two");
    assertThat(plain.err())
        .contains("loop: skipped, a symbolic link")
        .contains("leak.yaml: skipped");

    Cli.Result followed = Cli.run("--format", "json", "--follow-symlinks", repo);
    JsonNode out = JSON.readTree(followed.out());
    assertThat(out.at("/results").findValuesAsText("workload")).containsExactly("one", "two");
    assertThat(followed.err())
        .contains("leak.yaml: skipped, a symbolic link that leads outside")
        .contains("loop: skipped, a symbolic link loop");
    assertThat(out.at("/errors").findValuesAsText("message"))
        .containsExactly("a symbolic link to nothing");
    assertThat(followed.code()).isEqualTo(3);
  }

  @Test
  void outputFileIsWrittenWholeAndNothingIsLeftWhenTheRunFails() throws IOException {
    Path f = write("w.yaml", valid("w", "{}"));
    Path report = dir.resolve("out/report.json");
    Files.createDirectories(report.getParent());
    Cli.Result ok = Cli.run("--format", "json", "--output", report.toString(), f.toString());
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).isEmpty();
    assertThat(JSON.readTree(report.toFile()).at("/summary/workloads").asInt()).isEqualTo(1);

    Files.writeString(report, "previous report");
    InputStream failing =
        new InputStream() {
          @Override
          public int read() {
            throw new IllegalStateException("disk on fire");
          }
        };
    Cli.Result failed =
        Cli.run(
            new Environment(failing, Map.of(), false),
            "--format",
            "json",
            "--output",
            report.toString(),
            f.toString(),
            "-");
    assertThat(failed.code()).isEqualTo(4);
    assertThat(Files.readString(report)).isEqualTo("previous report");
    try (Stream<Path> left = Files.list(report.getParent())) {
      assertThat(left).containsExactly(report);
    }
  }

  @Test
  void anOutputThatIsADeviceIsWrittenNotReplaced() throws IOException {
    Path f = write("w.yaml", valid("w", "{}"));
    Path devNull = Path.of("/dev/null");
    Assumptions.assumeTrue(Files.exists(devNull));
    Cli.Result r = Cli.run("--format", "json", "--output", devNull.toString(), f.toString());
    assertThat(r.code()).isZero();
    assertThat(Files.isRegularFile(devNull)).isFalse();
    assertThat(r.out()).isEmpty();
  }

  @Test
  void quietLeavesOnlyErrorsOnStderr() throws IOException {
    write("q/ok.yaml", valid("ok", "{}"));
    write("q/bad.yaml", valid("bad", "{state: unknown}"));
    Files.createSymbolicLink(dir.resolve("q/link.yaml"), dir.resolve("q/ok.yaml"));
    Cli.Result r = Cli.run("--quiet", dir.resolve("q").toString());
    assertThat(r.err().lines().toList()).singleElement().asString().contains("spec.state");
  }

  @Test
  void workloadsWithoutPlacementAreUncheckedNotFailed() throws IOException {
    Path f =
        write(
            "c.yaml",
            valid("placed", "{placement: container-on-vm, isolation: {tenancy: multi}}")
                + "---\n"
                + valid("unplaced", "{}"));
    Cli.Result r = Cli.run("--check", "--format", "json", f.toString());
    assertThat(r.code()).isZero();
    JsonNode checks = JSON.readTree(r.out()).at("/summary/checks");
    assertThat(checks.get("passed").asInt()).isEqualTo(1);
    assertThat(checks.get("unchecked").asInt()).isEqualTo(1);
    assertThat(checks.get("failed").asInt()).isZero();
  }

  @Test
  void aFailedCheckNamesTheAdviceInstead() throws IOException {
    Path f =
        write(
            "worst.yaml",
            valid(
                "worst",
                "{placement: bare-metal, isolation: {tenancy: multi, trust: untrusted}, scaling: {pattern: spiky, reaction: 5s}}"));
    Cli.Result r = Cli.run("--check", f.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .contains("Check: FAIL, bare-metal scores")
        .contains("the advice is container-on-vm");
  }

  @Test
  void colourNeverReachesAPipeButCanBeForced() throws IOException {
    write("c/w.yaml", valid("w", "{}"));
    assertThat(Cli.run(dir.resolve("c").toString()).out()).doesNotContain("\u001b[");
    assertThat(Cli.run("--color=always", dir.resolve("c").toString()).out()).contains("\u001b[");
  }

  private static final String MANIFEST =
      "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n---\n"
          + "apiVersion: v1\nkind: Service\nmetadata: {name: web}\n";
  private static final String WORKFLOW =
      "name: ci\non: [push]\njobs: {build: {runs-on: ubuntu-latest}}\n";

  @Test
  void inFoldersDocumentsThatAreNotDescriptorsAreSkippedWithANotePerFileAndCounted()
      throws IOException {
    write("repo/deploy/web.yaml", MANIFEST);
    write("repo/.github/workflows/ci.yml", WORKFLOW);
    write("repo/list.yaml", "- a\n- b\n");
    write("repo/mixed.yaml", valid("mixed", "{}") + "---\n" + MANIFEST);
    write("repo/typo.yaml", valid("typo", "{state: unknown}"));
    write("repo/noapi.yaml", "kind: Workload\nmetadata: {name: noapi}\nspec: {}\n");
    Cli.Result r = Cli.run("--format", "json", dir.resolve("repo").toString());
    assertThat(r.code()).isEqualTo(3); // typo.yaml and noapi.yaml are descriptors with mistakes
    JsonNode out = JSON.readTree(r.out());
    assertThat(out.at("/results").findValuesAsText("workload")).containsExactly("mixed");
    assertThat(out.at("/summary/skipped").asInt()).isEqualTo(6);
    assertThat(out.at("/errors").findValuesAsText("source"))
        .allMatch(s -> s.endsWith("typo.yaml") || s.endsWith("noapi.yaml"));
    assertThat(r.err().lines().filter(l -> l.contains("skipped")))
        .containsExactly(
            "advise: "
                + dir.resolve("repo")
                + "/.github/workflows/ci.yml: skipped 1 document, not an advise descriptor (no apiVersion)",
            "advise: "
                + dir.resolve("repo")
                + "/deploy/web.yaml: skipped 2 documents, not advise descriptors (first: apiVersion \"apps/v1\")",
            "advise: "
                + dir.resolve("repo")
                + "/list.yaml: skipped 1 document, not an advise descriptor (a list, not a mapping)",
            "advise: "
                + dir.resolve("repo")
                + "/mixed.yaml: skipped 2 documents, not advise descriptors (first: apiVersion \"apps/v1\")");
    assertThat(Cli.run("--quiet", dir.resolve("repo").toString()).err()).doesNotContain("skipped");
    String table = Cli.run(dir.resolve("repo").toString()).out();
    assertThat(table).contains("6 documents skipped (see the notes on stderr)");
  }

  @Test
  void aFileNamedOnTheCommandLineIsAlwaysReadAsADescriptor() throws IOException {
    Path manifest = write("web.yaml", MANIFEST);
    Cli.Result r = Cli.run("--format", "json", manifest.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .contains("web.yaml:1:13: apiVersion: \"apps/v1\" is not supported")
        .doesNotContain("skipped");
    assertThat(JSON.readTree(r.out()).at("/summary/skipped").asInt()).isZero();
  }

  @Test
  void aFolderThatYieldsNoDescriptorIsExitThree() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    write("k8s/web.yaml", MANIFEST);
    write("notes/readme.txt", "no yaml here");
    write("good/w.yaml", valid("w", "{}"));
    String good = dir.resolve("good").toString();
    for (String folder : List.of("empty", "k8s", "notes")) {
      String path = dir.resolve(folder).toString();
      Cli.Result r = Cli.run("--check", "--format", "json", path, good);
      assertThat(r.code()).as(folder).isEqualTo(3);
      JsonNode errors = JSON.readTree(r.out()).at("/errors");
      assertThat(errors).hasSize(1);
      assertThat(errors.get(0).get("source").asText()).isEqualTo(path);
      assertThat(errors.get(0).get("message").asText())
          .startsWith("no descriptors found in " + path + " (");
    }
    assertThat(Cli.run(dir.resolve("k8s").toString()).err())
        .contains(
            "no descriptors found in "
                + dir.resolve("k8s")
                + " (2 documents skipped, none an advise descriptor)");
    assertThat(Cli.run(dir.resolve("notes").toString()).err())
        .contains(
            "no descriptors found in " + dir.resolve("notes") + " (no file matches *.yaml, *.yml)");
    assertThat(Cli.run("--include", "*.yml", good).code())
        .isEqualTo(3); // a glob that finds nothing
    assertThat(Cli.run("--check", good).code()).isZero();
  }

  @Test
  void progressIsDrawnOnlyAfterTheFirstSecondAndClearedAtTheEnd() {
    StringWriter err = new StringWriter();
    AtomicLong now = new AtomicLong();
    Progress p = new Progress(new PrintWriter(err), now::get);
    p.advance();
    assertThat(err.toString()).isEmpty();
    now.set(2_000_000_000L);
    p.advance();
    assertThat(err.toString()).contains("advise: 2 files, 1 files/s");
    p.done();
    assertThat(err.toString())
        .endsWith("\r" + " ".repeat("advise: 2 files, 1 files/s ".length()) + "\r")
        .doesNotContain("\u001b");
  }
}
