package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Cli;
import dev.advise.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The completion script is made from the option model, so it names every option and subcommand. */
class CompletionTest {

  @Test
  void theBashScriptNamesEveryOptionOfEveryCommand() {
    Cli.Result r = Cli.run("completion", "bash");
    assertThat(r.code()).as(r.err()).isZero();
    CommandLine cli = new CommandLine(new Options());
    List<String> names = new ArrayList<>();
    collect(cli, names);
    assertThat(names)
        .hasSizeGreaterThan(20)
        .contains("--format", "--check", "--stdin-filename", "--rules");
    assertThat(r.out()).startsWith("#!/usr/bin/env bash").contains(names);
    assertThat(r.out()).contains("rules", "explain", "import", "completion");
  }

  private static void collect(CommandLine cli, List<String> names) {
    cli.getCommandSpec().options().forEach(o -> names.addAll(List.of(o.names())));
    cli.getSubcommands().values().forEach(sub -> collect(sub, names));
  }

  @Test
  void theManPageIsBuiltFromTheSameModelAndNamesEveryOption() throws IOException {
    String page = ManPage.render(new CommandLine(new Options()));
    List<String> names = new ArrayList<>();
    collect(new CommandLine(new Options()), names);
    assertThat(names).allSatisfy(n -> assertThat(page).contains(ManPage.roff(n)));
    assertThat(page)
        .startsWith(".TH ADVISE 1")
        .contains(".SH EXIT STATUS", ".SH COMMAND: COMPLETION");
    Path built = Fixtures.projectDir().resolve("target/advise.1");
    if (Files.exists(built)) {
      assertThat(Files.readString(built)).as("the build wrote this page").isEqualTo(page);
    }
  }

  @Test
  void zshGetsTheSameScriptWhichLoadsBashCompletionThere() {
    Cli.Result zsh = Cli.run("completion", "zsh");
    assertThat(zsh.code()).isZero();
    assertThat(zsh.out()).isEqualTo(Cli.run("completion", "bash").out()).contains("bashcompinit");
  }

  @Test
  void anotherShellIsAUsageError() {
    Cli.Result fish = Cli.run("completion", "fish");
    assertThat(fish.code()).isEqualTo(ExitCode.USAGE);
    assertThat(fish.err()).contains("bash or zsh");
  }
}
