package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.advise.Cli;
import dev.advise.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What advise does on a terminal (issue 12, items 13, 20 and 21): each stream is asked apart,
 * colour follows stdout, TERM=dumb and NO_COLOR; progress follows stderr but never draws over a
 * report on the same screen; the table fits the terminal's width and a pipe keeps one line per row.
 * The detection itself runs under a real pseudo-terminal ({@code script}).
 */
class TerminalTest {

  private static final String EXAMPLE = "examples/oracle-erp-database.yaml";

  @TempDir Path dir;

  private static Environment terminal(Map<String, String> variables) {
    return new Environment(new ByteArrayInputStream(new byte[0]), variables, true, true, null);
  }

  private static String java() {
    return "'"
        + Path.of(System.getProperty("java.home"), "bin", "java")
        + "' -XX:TieredStopAtLevel=1 -cp '"
        + System.getProperty("java.class.path")
        + "' ";
  }

  /**
   * A shell command run with its stdin, stdout and stderr on a pseudo-terminal; what the terminal
   * showed.
   */
  private String underTerminal(String command) throws IOException, InterruptedException {
    Process which = new ProcessBuilder("sh", "-c", "command -v script").start();
    assumeTrue(which.waitFor() == 0, "no script(1) here to make a pseudo-terminal");
    Process p =
        new ProcessBuilder("script", "-qec", command, "/dev/null")
            .directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    p.getOutputStream().close();
    String shown = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return shown;
  }

  @Test
  void eachStreamIsAskedApart() throws Exception {
    String probe = java() + TerminalProbe.class.getName();
    assertThat(underTerminal(probe + " > out.txt")).isEmpty();
    assertThat(Files.readString(dir.resolve("out.txt"))).startsWith("stdout=false stderr=true");
    assertThat(underTerminal("echo | " + probe + " 2> err.txt"))
        .startsWith("stdout=true stderr=false");
    assertThat(underTerminal("stty cols 93; " + probe + " < /dev/null"))
        .contains("stdout=true stderr=true width=93");
  }

  @Test
  void colourSurvivesAPipeIntoStdinOnATerminal() throws Exception {
    Path example = Fixtures.projectDir().resolve(EXAMPLE);
    String shown = underTerminal("cat '" + example + "' | " + java() + Main.class.getName() + " -");
    assertThat(shown).contains("Recommendation: ").contains("\u001b[");
  }

  @Test
  void noColourForADumbTerminalOrNoColour() {
    assertThat(Cli.run(terminal(Map.of()), EXAMPLE).out()).contains("\u001b[");
    assertThat(Cli.run(terminal(Map.of("TERM", "dumb")), EXAMPLE).out()).doesNotContain("\u001b");
    assertThat(Cli.run(terminal(Map.of("NO_COLOR", "1", "TERM", "xterm")), EXAMPLE).out())
        .doesNotContain("\u001b");
  }

  @Test
  void progressGoesToATerminalStderrUnlessTheReportIsOnTheSameScreen() {
    Options quiet = QuickOptions.read("-q", "x").orElseThrow();
    Options plain = QuickOptions.read("x").orElseThrow();
    Options toFile = QuickOptions.read("-o", "r.json", "x").orElseThrow();
    Environment redirected = new Environment(null, Map.of(), false, true, null);
    Environment both = new Environment(null, Map.of(), true, true, null);
    Environment piped = new Environment(null, Map.of(), true, false, null);
    assertThat(Main.showsProgress(plain, redirected)).isTrue();
    assertThat(Main.showsProgress(quiet, redirected)).isFalse();
    assertThat(Main.showsProgress(plain, both)).isFalse();
    assertThat(Main.showsProgress(toFile, both)).isTrue();
    assertThat(Main.showsProgress(plain, piped)).isFalse();
  }

  private static String plain(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  @Test
  void theDetailedTableFitsTheTerminalAndBreaksOnlyBetweenWords() throws IOException {
    for (Path example : Fixtures.examples()) {
      String piped = Cli.run(example.toString()).out();
      Cli.Result fitted =
          Cli.run(terminal(Map.of("COLUMNS", "80")), "--color=never", example.toString());
      List<String> lines = fitted.out().lines().toList();
      assertThat(lines)
          .as(example.toString())
          .allMatch(
              l ->
                  l.codePointCount(0, l.length()) <= 80
                      || !l.strip()
                          .contains(" ")); // a single word longer than the line stays whole
      // the same words; a long source breaks after a '/'
      assertThat(plain(fitted.out()).replace("/ ", "/"))
          .as(example.toString())
          .isEqualTo(plain(piped));
    }
    String wide = Cli.run(terminal(Map.of("COLUMNS", "80")), "--color=never", EXAMPLE).out();
    assertThat(wide).containsPattern("\n {25}\\S"); // a reason's text continues under itself
  }

  /**
   * Every line under a substrate, a reason or a configuration ({@code *}), starts its text in the
   * same column, and its wrapped lines continue in that column (issue 12, item 20): a configuration
   * used to continue seven columns left of the reasons around it.
   */
  @Test
  void everyLineUnderASubstrateContinuesUnderItsText() {
    int configurations = 0;
    for (Path example : Fixtures.examples()) {
      String out =
          Cli.run(terminal(Map.of("COLUMNS", "80")), "--color=never", example.toString()).out();
      boolean underSubstrate = false;
      for (String line : out.lines().toList()) {
        if (line.matches("  [0-9-] .*")) {
          underSubstrate = true;
          continue;
        }
        if (line.isEmpty() || !line.startsWith("    ")) {
          underSubstrate = false;
          continue;
        }
        if (!underSubstrate) {
          continue;
        }
        if (line.matches(" {9}\\* .*")) {
          configurations++;
          assertThat(line.substring(10, 25)).as(example + ": " + line).isBlank();
          assertThat(line.charAt(25)).as(example + ": " + line).isNotEqualTo(' ');
        } else if (line.startsWith(" ".repeat(11))) { // a continuation line
          assertThat(line)
              .as(example + ": " + line)
              .startsWith(" ".repeat(25))
              .matches(" {25}\\S.*");
        }
      }
    }
    assertThat(configurations).isPositive();
  }

  /**
   * The winner's lead reads the same in the header's confidence and in the "Ahead of" line (issue
   * 12, item 22): not "13 points" in one and "13.0" in the other.
   */
  @Test
  void theLeadReadsTheSameEverywhereInTheTable() {
    int whole = 0;
    for (Path example : Fixtures.examples()) {
      String out = Cli.run(example.toString()).out();
      var header = java.util.regex.Pattern.compile("leads (\\S+) by (\\S+) points?").matcher(out);
      var ahead = java.util.regex.Pattern.compile("Ahead of (\\S+) by ([^:]+):").matcher(out);
      while (header.find()) {
        assertThat(ahead.find()).as(example.toString()).isTrue();
        assertThat(ahead.group(1)).isEqualTo(header.group(1));
        assertThat(ahead.group(2)).as(example.toString()).isEqualTo(header.group(2));
        whole += header.group(2).contains(".") ? 0 : 1;
      }
    }
    assertThat(whole).as("examples whose lead is a whole number").isPositive();
  }

  @Test
  void theCompactTableFitsTheTerminalAndAPipeKeepsOneLinePerRow() {
    String examples = Fixtures.projectDir().resolve("examples").toString();
    Cli.Result fitted =
        Cli.run(terminal(Map.of("COLUMNS", "100")), "--color=never", "--check", examples);
    assertThat(fitted.out().lines()).allMatch(l -> l.length() <= 100);
    Cli.Result piped =
        Cli.run(
            new Environment(new ByteArrayInputStream(new byte[0]), Map.of("COLUMNS", "100"), false),
            "--check",
            examples);
    assertThat(piped.out().lines().filter(l -> l.length() > 100)).isNotEmpty();
    // the same text, only broken differently (a long name breaks inside itself)
    assertThat(fitted.out().replaceAll("\\s+", "")).isEqualTo(piped.out().replaceAll("\\s+", ""));
  }

  @Test
  void theDimensionColumnFitsCompatibility() {
    String out = Cli.run("examples/legacy-windows-billing.yaml").out();
    assertThat(out)
        .doesNotContainPattern("[0-9=x] compatibility\\S")
        .containsPattern("[0-9] compatibility +\\S");
  }
}
