package dev.advise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.descriptor.DescriptorParser;
import dev.advise.descriptor.Limits;
import dev.advise.descriptor.ParsedDocument;
import dev.advise.engine.Advisor;
import dev.advise.importer.Interview;
import dev.advise.importer.Questions;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code advise init} on a real pseudo-terminal: util-linux {@code script} runs the launcher with a
 * terminal for stdin and stdout, and types the answers into it.
 */
class InitIT {

  @TempDir Path dir;

  private record Run(int code, String out) {}

  private Run run(String answers, String command) throws Exception {
    Path typed = dir.resolve("typed.txt");
    Files.writeString(typed, answers, StandardCharsets.UTF_8);
    Path out = dir.resolve("terminal.txt");
    Process p =
        new ProcessBuilder("script", "-qec", command, "/dev/null")
            .directory(dir.toFile())
            .redirectInput(typed.toFile())
            .redirectOutput(out.toFile())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
  }

  @Test
  void asksOnATerminalWritesAValidDescriptorAndPrintsTheAdvice() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/script")), "no util-linux script here");
    // script(1) hands the command to a shell: the checkout's path may hold a space (issue 12)
    String launcher = shellWord(Fixtures.projectDir().resolve("advise").toString());
    // the first question on an empty descriptor is answered wrongly, then rightly (with a value
    // its own what-if says changes the advice, whichever field the rules make first); the rest
    // are skipped
    Advisor advisor = Fixtures.advisor();
    Questions.Question first =
        Questions.rank(advisor, advisor.advise(new Interview(advisor, "shop").workload())).get(0);
    String answer = first.changes().get(0).value();
    Run r =
        run(
            "not-a-valid-answer\n" + answer + "\n" + "\n".repeat(30),
            "NO_COLOR=1 " + launcher + " init shop.yaml");
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out())
        .contains("1. spec." + first.field().path())
        .contains("allowed: ")
        .contains("Enter to skip")
        .contains("\"not-a-valid-answer\"")
        .contains("Recommendation: ");
    String written = Files.readString(dir.resolve("shop.yaml"), StandardCharsets.UTF_8);
    List<ParsedDocument> docs = DescriptorParser.parse("shop.yaml", written, Limits.DEFAULT);
    assertThat(docs.get(0)).as(written).isInstanceOf(ParsedDocument.Valid.class);
    ParsedDocument.Valid valid = (ParsedDocument.Valid) docs.get(0);
    assertThat(valid.workload().name()).isEqualTo("shop");
    assertThat(valid.workload().spec().values()).hasSize(1);
  }

  /**
   * {@code text} as one word for sh: single-quoted, each single quote closed, escaped, reopened.
   */
  private static String shellWord(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  @Test
  void withoutATerminalItSaysSoAndExits2() throws Exception {
    Process p =
        new ProcessBuilder(
                "bash", Fixtures.projectDir().resolve("advise").toString(), "init", "x.yaml")
            .directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(out).contains("not one");
    assertThat(dir.resolve("x.yaml")).doesNotExist();
  }
}
