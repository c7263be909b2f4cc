package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Cli;
import dev.advise.report.GithubWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --format github}: one workflow command per line, nothing else on stdout; files relative to
 * the working directory; hostile names and messages escaped so that no text from input can end a
 * command or start another, and decoding gives the text back.
 */
class GithubFormatTest {

  private static final Path ODD = Path.of("target/github-odd");

  /** One command: kind, properties (no raw ':' or ','), then the message (no raw CR or LF). */
  private static final Pattern COMMAND =
      Pattern.compile(
          "::(error|warning|notice) ((?:[a-z]+=[^,:\\r\\n]*)(?:,[a-z]+=[^,:\\r\\n]*)*)::([^\\r\\n]*)");

  /** A file name holding CR, LF, ',', ':' and '%', all of which Linux allows. */
  private static final String HOSTILE_FILE = "odd\r\n::error file=a.yaml::pwned,na:me%25.yaml";

  @BeforeAll
  static void oddFiles() throws IOException {
    Files.createDirectories(ODD);
    try (var old = Files.list(ODD)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    String failing =
        Files.readString(Path.of("examples/payments-api.yaml"), StandardCharsets.UTF_8);
    Files.writeString(ODD.resolve(HOSTILE_FILE), failing, StandardCharsets.UTF_8);
    // A name that is not valid: its text comes back in the message, quoted.
    Files.writeString(
        ODD.resolve("bad-name.yaml"),
        failing.replace(
            "name: payments-api", "name: \"evil%0A, name: x\\r\\n::error file=a.yaml::pwned%\""),
        StandardCharsets.UTF_8);
    Files.writeString(
        ODD.resolve("broken.yaml"),
        "apiVersion: advise/v1\nkind: Workload\nmetadata:\n  name: b\n"
            + "spec:\n  latency:\n    p99: \"fast\\n::error::injected\"\n",
        StandardCharsets.UTF_8);
  }

  private record Command(String kind, Map<String, String> properties, String message) {}

  private static List<Command> commands(String out) {
    return out.lines()
        .map(
            line -> {
              Matcher m = COMMAND.matcher(line);
              assertThat(m.matches()).as(line).isTrue();
              Map<String, String> props = new LinkedHashMap<>();
              for (String kv : m.group(2).split(",")) {
                int eq = kv.indexOf('=');
                props.put(kv.substring(0, eq), decode(kv.substring(eq + 1)));
              }
              return new Command(m.group(1), props, decode(m.group(3)));
            })
        .toList();
  }

  /** What the runner does with an escaped value. */
  private static String decode(String s) {
    return s.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%");
  }

  @Test
  void failedChecksAndInvalidFilesBecomeErrorsAtTheirFileAndLine() {
    Cli.Result r =
        Cli.run(
            "--check",
            "--format",
            "github",
            "examples/payments-api.yaml",
            "./examples/hpc-climate-simulation.yaml",
            Path.of("examples/ci-runners.yaml").toAbsolutePath().toString(),
            ODD.resolve("broken.yaml").toString());
    assertThat(r.code()).isEqualTo(3);
    List<Command> commands = commands(r.out());
    assertThat(commands)
        .extracting(Command::kind)
        .containsExactly("error", "error", "error", "notice");
    Command check = commands.get(0);
    assertThat(check.properties())
        .containsEntry("file", "examples/payments-api.yaml")
        .containsEntry("line", "11")
        .containsEntry("title", "advise: placement check failed: payments-api");
    assertThat(check.message())
        .startsWith("payments-api: container-on-metal scores ")
        .contains("the advice is"); // the rules decide the score
    // an absolute path under the working directory is named relative to it, as the runner resolves
    // it
    assertThat(commands.get(1).properties().get("file")).isEqualTo("examples/ci-runners.yaml");
    Command invalid = commands.get(2);
    assertThat(invalid.properties())
        .containsEntry("file", "target/github-odd/broken.yaml")
        .containsEntry("line", "7")
        .containsKey("col")
        .containsEntry("title", "advise: invalid input");
    assertThat(invalid.message()).startsWith("spec.latency.p99: ");
    assertThat(commands.get(3).properties()).containsEntry("title", "advise");
    assertThat(commands.get(3).message()).contains("checks: 1 passed, 2 failed, 0 unchecked");
  }

  @Test
  void hostileNamesAndPathsCannotStartOrEndACommand() {
    Cli.Result r = Cli.run("--check", "--format", "github", ODD.toString());
    List<Command> commands = commands(r.out());
    assertThat(r.out().lines()).hasSize(commands.size()).hasSize(4);
    assertThat(r.out()).doesNotContain("\r");
    Command check =
        commands.stream()
            .filter(c -> c.properties().get("title").contains("placement"))
            .findFirst()
            .orElseThrow();
    // the runner decodes the file name back to what it is on disk
    assertThat(check.properties())
        .containsEntry("file", "target/github-odd/" + HOSTILE_FILE)
        .containsEntry("line", "11")
        .containsEntry("title", "advise: placement check failed: payments-api");
    assertThat(r.out())
        .contains(
            "file=target/github-odd/odd%0D%0A%3A%3Aerror file=a.yaml%3A%3Apwned%2Cna%3Ame%2525.yaml,");
    Command badName =
        commands.stream()
            .filter(c -> c.properties().get("file").endsWith("bad-name.yaml"))
            .findFirst()
            .orElseThrow();
    assertThat(badName.kind()).isEqualTo("error");
    assertThat(badName.message())
        .startsWith("metadata.name: \"evil%0A, name: x\\u000D\\u000A::error file=a.yaml::p");
    Command broken =
        commands.stream()
            .filter(c -> c.properties().get("file").endsWith("broken.yaml"))
            .findFirst()
            .orElseThrow();
    assertThat(broken.message()).contains("\"fast\\u000A::error::injected\"");
  }

  @Test
  void escapingFollowsTheRunnersRules() {
    assertThat(GithubWriter.data("100% a\r\nb:c,d")).isEqualTo("100%25 a%0D%0Ab:c,d");
    assertThat(GithubWriter.property("100% a\r\nb:c,d")).isEqualTo("100%25 a%0D%0Ab%3Ac%2Cd");
    assertThat(GithubWriter.data("esc\u001b[31m")).isEqualTo("esc\\u001B[31m");
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    assertThat(Cli.run("--check", "--format", "github", "examples").out())
        .isEqualTo(Cli.run("--check", "--format", "github", "examples").out());
  }
}
