package dev.advise;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every advise command line in docs/ci.md's code blocks, run as a pipeline would run it: through
 * bash and the repository's launcher, in a scratch checkout where {@code tools/advise} is this
 * repository and the doc's {@code workloads/} is the examples folder. Each must give the exit code
 * the doc states and output that parses as its format says (SARIF as JSON, JUnit against
 * ../shared/schemas/junit-10.xsd when it is there, github format as workflow commands); output the
 * doc shows after a {@code $ command} line must be what the command prints today. A command added
 * to the doc fails here until it is given its exit code below, so no example goes unrun.
 */
class CiDocIT {

  private static final Path ROOT = Fixtures.projectDir();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An advise invocation on a line of a code block: after a YAML key or list dash, or a prompt. */
  private static final Pattern COMMAND =
      Pattern.compile(
          "^\\s*(?:-\\s+|run:\\s+|\\$\\s+)?((?:[A-Z_]+=\\S*\\s+)*(?:tools/advise/)?advise\\s.*)$");

  private static final Pattern REPORT = Pattern.compile("--report (\\w+)=(\\S+)");
  private static final Pattern OUTPUT = Pattern.compile("--format (\\w+)(?:.* --output (\\S+))?");

  /**
   * The exit code docs/ci.md states for each command, as the shell line (with any `|| true`) gives
   * it.
   */
  private static final Map<String, Integer> EXIT = new LinkedHashMap<>();

  static {
    // a failed check among the examples: exit 1
    EXIT.put(
        "advise --check --format github --report sarif=advise.sarif --report markdown=advise.md "
            + "--report junit=advise.xml workloads/",
        1);
    EXIT.put("ADVISE_TOLERANCE=4 advise config --check", 0);
    // "the first two runs never fail the job (|| true)"; "the last run is the gate"
    EXIT.put(
        "tools/advise/advise --check --format sarif --output advise.sarif workloads/ || true", 0);
    EXIT.put(
        "tools/advise/advise --check --format markdown --output advise.md workloads/ || true", 0);
    EXIT.put("tools/advise/advise --check --quiet --format json workloads/ > /dev/null", 1);
    EXIT.put("tools/advise/advise --check --format github workloads/", 1);
    EXIT.put(
        "advise --check --format github examples/payments-api.yaml examples/hpc-climate-simulation.yaml "
            + "src/test/resources/broken/descriptors/several-problems.yaml",
        3);
    // GitLab: "the job fails with the same exit codes as above"
    EXIT.put("tools/advise/advise --check --format junit --output advise-junit.xml workloads/", 1);
  }

  private record Block(String lang, List<String> lines) {}

  private static List<Block> blocks() throws IOException {
    List<Block> blocks = new ArrayList<>();
    List<String> current = null;
    String lang = null;
    for (String line : Files.readAllLines(ROOT.resolve("docs/ci.md"), StandardCharsets.UTF_8)) {
      if (line.startsWith("```")) {
        if (current == null) {
          lang = line.substring(3);
          current = new ArrayList<>();
        } else {
          blocks.add(new Block(lang, current));
          current = null;
        }
      } else if (current != null) {
        current.add(line);
      }
    }
    return blocks;
  }

  /** Lines with their backslash continuations joined, as the shell reads them. */
  private static List<String> joined(List<String> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String line : lines) {
      if (line.endsWith("\\")) {
        pending.append(line, 0, line.length() - 1).append(' ');
      } else {
        // a joined command's indentation is one space, as the shell sees it; other lines stay as
        // written
        out.add(
            pending.isEmpty()
                ? line
                : pending.append(line).toString().replaceAll("\\s+", " ").strip());
        pending.setLength(0);
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyCommandInTheDocRunsAsTheDocSays() throws IOException {
    Path work = scratchCheckout();
    List<DynamicTest> tests = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    List<Block> blocks = blocks();
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      if (!block.lines().isEmpty() && block.lines().get(0).startsWith("#!")) {
        tests.add(DynamicTest.dynamicTest("the jq gate", () -> jqGate(work, block)));
        continue;
      }
      if (!block.lines().isEmpty() && block.lines().get(0).startsWith("# .advise.yaml")) {
        Block next = blocks.get(b + 1);
        tests.add(
            DynamicTest.dynamicTest(block.lines().get(0), () -> configFile(work, block, next)));
        continue;
      }
      List<String> lines = joined(block.lines());
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.startsWith("jq ")) {
          tests.add(
              DynamicTest.dynamicTest(
                  line, () -> assertThat(run(work, line, null).code()).isZero()));
          continue;
        }
        Matcher m = COMMAND.matcher(line);
        if (!m.matches() || line.startsWith("#")) {
          continue;
        }
        String command = m.group(1);
        seen.add(command);
        List<String> shown = line.startsWith("$ ") ? lines.subList(i + 1, lines.size()) : null;
        tests.add(DynamicTest.dynamicTest(command, () -> runCommand(work, command, shown)));
        if (shown != null) {
          break;
        }
      }
    }
    assertThat(seen)
        .as("commands in docs/ci.md, each needs its stated exit code here")
        .containsExactlyInAnyOrderElementsOf(EXIT.keySet());
    return tests.stream();
  }

  /**
   * A checkout with the examples, the broken descriptor the doc names and tools/advise linked here.
   */
  private static Path scratchCheckout() throws IOException {
    Path work = Files.createTempDirectory("advise-ci-doc");
    Files.createDirectories(work.resolve("examples"));
    try (var files = Files.list(ROOT.resolve("examples"))) {
      for (Path f : files.toList()) {
        Files.copy(f, work.resolve("examples").resolve(f.getFileName()));
      }
    }
    String broken = "src/test/resources/broken/descriptors/several-problems.yaml";
    Files.createDirectories(work.resolve(broken).getParent());
    Files.copy(ROOT.resolve(broken), work.resolve(broken));
    Files.createDirectories(work.resolve("tools"));
    Files.createSymbolicLink(work.resolve("tools/advise"), ROOT);
    return work;
  }

  private record Run(int code, String out, String err) {}

  private static Run run(Path work, String line, Map<String, String> env) throws Exception {
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder("bash", "-c", line)
            .directory(work.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("ADVISE_") || k.equals("NO_COLOR"));
    if (env != null) {
      pb.environment().putAll(env);
    }
    int code = pb.start().waitFor();
    Run run = new Run(code, Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  /** The doc's paths made real: workloads/ is the examples, a bare advise is the launcher. */
  private static String runnable(String command) {
    return command
        .replace("workloads/", "examples/")
        .replaceFirst("^((?:[A-Z_]+=\\S*\\s+)*)advise ", "$1tools/advise/advise ");
  }

  private static void runCommand(Path work, String command, List<String> shown) throws Exception {
    boolean config = command.contains(" config");
    if (config) {
      Files.writeString(work.resolve(".advise.yaml"), "format: markdown\n");
    }
    Run run;
    try {
      run = run(work, runnable(command), null);
    } finally {
      Files.deleteIfExists(work.resolve(".advise.yaml"));
    }
    assertThat(run.code()).as(run.err()).isEqualTo(EXIT.get(command));
    if (shown != null) {
      assertShown(shown, run.out());
    }
    Matcher m = OUTPUT.matcher(command);
    if (m.find() && !command.contains("> /dev/null")) {
      assertParses(
          m.group(1), m.group(2) == null ? run.out() : Files.readString(work.resolve(m.group(2))));
    }
    Matcher r = REPORT.matcher(command);
    while (r.find()) {
      assertParses(r.group(1), Files.readString(work.resolve(r.group(2))));
    }
  }

  /** Shown output is the run's, line for line; a line "..." stands for any lines left out. */
  private static void assertShown(List<String> shown, String actual) {
    List<String> lines = actual.lines().toList();
    int at = 0;
    boolean skipping = false;
    for (String want : shown) {
      if (want.equals("...")) {
        skipping = true;
        continue;
      }
      while (skipping && at < lines.size() && !lines.get(at).equals(want)) {
        at++;
      }
      assertThat(at)
          .as("docs/ci.md shows %s; the run printed:%n%s", want, actual)
          .isLessThan(lines.size());
      assertThat(lines.get(at))
          .as("docs/ci.md's quoted output; the run printed:%n%s", actual)
          .isEqualTo(want);
      at++;
      skipping = false;
    }
    if (!skipping) { // a last "..." leaves out the rest
      assertThat(at)
          .as("the run printed more than docs/ci.md shows:%n%s", actual)
          .isEqualTo(lines.size());
    }
  }

  private static void assertParses(String format, String text) throws Exception {
    assertThat(text).as(format).isNotBlank();
    switch (format) {
      case "sarif" -> assertThat(JSON.readTree(text).path("version").asText()).isEqualTo("2.1.0");
      case "json" -> assertThat(JSON.readTree(text).has("summary")).isTrue();
      case "github" -> assertThat(text.lines()).allMatch(l -> l.startsWith("::"));
      case "junit" -> {
        assertThat(text).startsWith("<?xml");
        Path xsd = ROOT.resolve("../shared/schemas/junit-10.xsd").normalize();
        if (Files.isRegularFile(xsd)) { // a user's clone has no ../shared: the rest still runs
          SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
              .newSchema(xsd.toFile())
              .newValidator()
              .validate(new StreamSource(new StringReader(text)));
        }
      }
      case "markdown" -> assertThat(text).contains("|");
      default -> {} // table and config: what is shown is compared instead
    }
  }

  /** The gate script runs as written: its lines print, and the advise exit code passes through. */
  private static void jqGate(Path work, Block script) throws Exception {
    Run run = run(work, runnable(String.join("\n", script.lines())), null);
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("payments-api: ")
        .containsPattern("(?m)^\\d+ workloads, 0 errors, [1-9]\\d* failed checks$");
    JsonNode summary = JSON.readTree(work.resolve("advise.json").toFile()).path("summary");
    assertThat(summary.path("checks").path("failed").asInt()).isPositive();
  }

  /**
   * A configuration block is written as .advise.yaml: the example with mistakes stops a run with
   * the stderr the next block shows; the good one is read as it says.
   */
  private static void configFile(Path work, Block file, Block next) throws Exception {
    Files.writeString(work.resolve(".advise.yaml"), String.join("\n", file.lines()) + "\n");
    Files.createDirectories(work.resolve("policy"));
    try {
      if (file.lines().get(0).contains("mistakes")) {
        Run run = run(work, "tools/advise/advise examples/", null);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertShown(next.lines(), run.err());
      } else {
        Run run = run(work, "tools/advise/advise config", null);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
            .containsPattern("(?m)^tolerance +5 +file \\.advise\\.yaml:\\d+$")
            .containsPattern("(?m)^rules +policy +file \\.advise\\.yaml:\\d+$");
      }
    } finally {
      Files.delete(work.resolve(".advise.yaml"));
    }
  }
}
