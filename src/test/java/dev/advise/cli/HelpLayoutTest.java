package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Cli;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code --help} at the terminal's width: every line fits, lines break at spaces only (never inside
 * {@code .advise.yaml} or {@code spec.placement}), a continued line starts at its text's column,
 * and the list of commands gives each a whole one-line summary.
 */
class HelpLayoutTest {

  private static String help(int columns, String... args) {
    Environment env =
        new Environment(
            new ByteArrayInputStream(new byte[0]), Map.of("COLUMNS", "" + columns), false);
    Cli.Result r = Cli.run(env, args);
    assertThat(r.code()).as(r.err()).isZero();
    return r.out();
  }

  @ParameterizedTest
  @ValueSource(ints = {80, 120})
  void everyLineFitsAndBreaksOnlyAtSpaces(int columns) {
    for (String[] args :
        List.of(
            new String[] {"--help"},
            new String[] {"import", "--help"},
            new String[] {"init", "--help"})) {
      String text = help(columns, args);
      List<String> lines = Arrays.asList(text.split("\n"));
      assertThat(lines).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(columns));
      // a word is never cut: no line ends inside a dotted name or starts the rest of one
      assertThat(lines).noneMatch(l -> l.endsWith(".advise.") || l.endsWith("spec."));
      assertThat(lines).noneMatch(l -> l.strip().startsWith("yaml"));
      // a paragraph is broken only by the width: at 1000 columns each is one line
      String wide = help(1000, args);
      assertThat(wide.split("\n")).allSatisfy(l -> assertThat(l).doesNotEndWith(","));
    }
    String top = help(columns, "--help");
    assertThat(top).contains(".advise.yaml").contains("spec.placement");
    // a continued option description starts under the text, not under the option names
    assertThat(top).containsPattern("\n {6}--follow-symlinks {6}Follow [^\n]+\n {29}\\S");
  }

  @ParameterizedTest
  @ValueSource(ints = {80, 120})
  void eachCommandHasAWholeOneLineSummary(int columns) {
    String text = help(columns, "--help");
    String commands = text.substring(text.indexOf("Commands:\n"), text.indexOf("\nExit codes:"));
    for (String name : List.of("rules", "explain", "import", "init", "completion", "config")) {
      assertThat(commands).containsPattern("\n  " + name + " +[A-Z][^\n]*\\.\n");
    }
  }

  @Test
  void theManPageGivesEachCommandItsSummaryAndEachParagraphItsOwn() {
    String page = ManPage.render(new CommandLine(new Options()));
    assertThat(page)
        .contains(".SH COMMAND: IMPORT\nDraft descriptors from Kubernetes manifests")
        .contains(".SH COMMAND: RULES\nList every rule")
        .contains("(standard input).\n.PP\nTo advise a folder named like a command")
        .containsPattern(
            "\\.SH NAME\nadvise \\\\- Advises where each workload should run: [^\n]*"
                + "container\\\\-on\\\\-metal\\.\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h"})
  void importSaysItsWholeDescription(String flag) {
    String wide = help(1000, "import", flag);
    assertThat(wide)
        .contains(
            "Writes a draft advise/v1 descriptor for each workload in Kubernetes manifests (Deployment,"
                + " StatefulSet, DaemonSet, Job, CronJob, Pod, ReplicationController, with their HPAs,"
                + " PDBs and PVCs) or Compose files (one per service).");
  }
}
