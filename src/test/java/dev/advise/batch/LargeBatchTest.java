package dev.advise.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advise.Cli;
import dev.advise.Fixtures;
import dev.advise.Generator;
import dev.advise.descriptor.Limits;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * 1,500 generated descriptors in nested folders, one two-document file and three broken files:
 * every format accounts for every workload and every error, in walk order.
 */
class LargeBatchTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int GENERATED = 1500;

  @TempDir static Path root;
  static List<String> expectedSources;

  @BeforeAll
  static void tree() throws Exception {
    List<String> files = new ArrayList<>(new Generator(42).tree(root, GENERATED));
    Generator g = new Generator(7);
    Files.writeString(
        root.resolve("team-0/two-docs.yaml"),
        g.descriptor("first") + "---\n" + g.descriptor("second"));
    Files.writeString(
        root.resolve("team-1/broken-syntax.yaml"), "apiVersion: advise/v1\nkind: [Workload\n");
    Files.writeString(
        root.resolve("team-2/broken-value.yml"),
        "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: bad}\nspec:\n  latency: {p99: fast}\n");
    Files.writeString(
        root.resolve("team-3/broken-no-spec.yaml"),
        "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: no-spec}\n");
    Files.writeString(root.resolve("team-3/notes.txt"), "ignored");
    files.add("team-0/two-docs.yaml");
    files.add("team-0/two-docs.yaml");
    files.sort(Generator::walkOrder);
    expectedSources = files.stream().map(f -> root + "/" + f).toList();
  }

  @Test
  void jsonHasEveryWorkloadInWalkOrderAndEveryErrorLocated() throws Exception {
    Cli.Result r = Cli.run("--format", "json", root.toString());
    assertThat(r.code()).isEqualTo(3);
    JsonNode out = JSON.readTree(r.out());
    List<String> sources = new ArrayList<>();
    out.at("/results").forEach(n -> sources.add(n.get("source").asText()));
    assertThat(sources).hasSize(GENERATED + 2).containsExactlyElementsOf(expectedSources);
    JsonNode errors = out.at("/errors");
    assertThat(errors).hasSize(3);
    assertThat(errors.findValuesAsText("source"))
        .containsExactly(
            root + "/team-1/broken-syntax.yaml",
            root + "/team-2/broken-value.yml",
            root + "/team-3/broken-no-spec.yaml");
    assertThat(errors.get(1).get("line").asInt()).isEqualTo(5);
    assertThat(errors.get(1).get("path").asText()).isEqualTo("spec.latency.p99");
    assertThat(out.at("/summary/workloads").asInt()).isEqualTo(GENERATED + 2);
    assertThat(out.at("/summary/files").asInt()).isEqualTo(GENERATED + 4);
    assertThat(r.err().lines().count()).isEqualTo(3);
  }

  @Test
  void ndjsonHasALinePerWorkloadThenTheSummary() throws Exception {
    Cli.Result r = Cli.run("--format", "ndjson", root.toString());
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(GENERATED + 3);
    for (String line : lines.subList(0, GENERATED + 2)) {
      assertThat(JSON.readTree(line).get("recommendation")).isNotNull();
    }
    JsonNode last = JSON.readTree(lines.get(lines.size() - 1));
    assertThat(last.at("/summary/workloads").asInt()).isEqualTo(GENERATED + 2);
    assertThat(last.get("errors")).hasSize(3);
  }

  @Test
  void junitHasASuitePerFileAndACasePerWorkloadOrInvalidDocument() throws Exception {
    Cli.Result r = Cli.run("--format", "junit", "--check", root.toString());
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(r.out())));
    Element suites = xml.getDocumentElement();
    assertThat(suites.getTagName()).isEqualTo("testsuites");
    NodeList suiteList = suites.getElementsByTagName("testsuite");
    assertThat(suiteList.getLength()).isEqualTo(GENERATED + 4);
    NodeList cases = suites.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(GENERATED + 2 + 3);
    assertThat(suites.getElementsByTagName("error").getLength()).isEqualTo(3);
    int failures = 0;
    int tests = 0;
    for (int i = 0; i < suiteList.getLength(); i++) {
      Element s = (Element) suiteList.item(i);
      failures += Integer.parseInt(s.getAttribute("failures"));
      tests += Integer.parseInt(s.getAttribute("tests"));
    }
    assertThat(tests).isEqualTo(cases.getLength());
    assertThat(suites.getElementsByTagName("failure").getLength()).isEqualTo(failures).isPositive();
  }

  @Test
  void sarifHasAResultPerInvalidInputAndFailedCheckWithLocations() throws Exception {
    Cli.Result r = Cli.run("--format", "sarif", "--check", root.toString());
    JsonNode sarif = JSON.readTree(r.out());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = sarif.at("/runs/0");
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("advise");
    List<String> ruleIds = new ArrayList<>();
    run.at("/tool/driver/rules").forEach(rule -> ruleIds.add(rule.get("id").asText()));
    JsonNode json = JSON.readTree(Cli.run("--format", "json", "--check", root.toString()).out());
    int failed = json.at("/summary/checks/failed").asInt();
    // an excepted check stays a finding, suppressed with its reason (D49)
    int excepted = json.at("/summary/checks/excepted").asInt();
    JsonNode results = run.get("results");
    assertThat(results).hasSize(3 + failed + excepted);
    assertThat(results)
        .allSatisfy(
            res -> {
              assertThat(ruleIds).contains(res.get("ruleId").asText());
              assertThat(res.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                  .startsWith(root.toString());
            });
    assertThat(results.get(1).at("/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(5);
    assertThat(run.at("/properties/workloads").asInt()).isEqualTo(GENERATED + 2);
  }

  @Test
  void markdownHasASectionPerWorkloadThenErrorsAndSummary() {
    Cli.Result r = Cli.run("--format", "markdown", root.toString());
    List<String> sections = r.out().lines().filter(l -> l.startsWith("## ")).toList();
    assertThat(sections).hasSize(GENERATED + 2 + 2);
    assertThat(sections.get(sections.size() - 2)).isEqualTo("## Errors");
    assertThat(sections.get(sections.size() - 1)).isEqualTo("## Summary");
    assertThat(r.out()).contains(GENERATED + 2 + " workloads advised");
  }

  @Test
  void theCompactTableHasALinePerWorkloadAndASummary() {
    Cli.Result r = Cli.run("--format", "table", root.toString());
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).startsWith("WORKLOAD");
    assertThat(lines).hasSize(1 + GENERATED + 2 + 2);
    assertThat(lines.get(lines.size() - 1))
        .startsWith((GENERATED + 2) + " workloads advised from " + (GENERATED + 4) + " inputs")
        .contains("3 errors");
    assertThat(r.out()).doesNotContain("\u001b[");
  }

  @Test
  void parallelAndSequentialRunsGiveTheSameOutcomesInTheSameOrder() {
    var advisor = Fixtures.advisor();
    List<String> sequential = new ArrayList<>();
    List<String> parallel = new ArrayList<>();
    new Batch(advisor, new Batch.Options(true, 10, 1, Limits.DEFAULT))
        .run(
            new InputWalker(List.of(root.toString()), WalkOptions.defaults(), n -> {}),
            null,
            o -> sequential.add(o.toString()));
    new Batch(advisor, new Batch.Options(true, 10, 4, Limits.DEFAULT))
        .run(
            new InputWalker(List.of(root.toString()), WalkOptions.defaults(), n -> {}),
            null,
            o -> parallel.add(o.toString()));
    assertThat(parallel).hasSize(GENERATED + 4).containsExactlyElementsOf(sequential);
  }

  @Test
  void aBatchWhoseAdvisorIsPreparedMeanwhileGivesTheSameOutcomes() {
    var advisor = Fixtures.advisor();
    List<String> prepared = new ArrayList<>();
    List<String> preparing = new ArrayList<>();
    List<String> preparingAlone = new ArrayList<>();
    new Batch(advisor, new Batch.Options(true, 10, 2, Limits.DEFAULT))
        .run(
            new InputWalker(List.of(root.toString()), WalkOptions.defaults(), n -> {}),
            null,
            o -> prepared.add(o.toString()));
    Batch.preparing(advisor.rules(), new Batch.Options(true, 10, 2, Limits.DEFAULT))
        .run(
            new InputWalker(List.of(root.toString()), WalkOptions.defaults(), n -> {}),
            null,
            o -> preparing.add(o.toString()));
    Batch.preparing(advisor.rules(), new Batch.Options(true, 10, 1, Limits.DEFAULT))
        .run(
            new InputWalker(List.of(root.toString()), WalkOptions.defaults(), n -> {}),
            null,
            o -> preparingAlone.add(o.toString()));
    assertThat(preparing).hasSize(GENERATED + 4).containsExactlyElementsOf(prepared);
    assertThat(preparingAlone).containsExactlyElementsOf(prepared);
  }
}
