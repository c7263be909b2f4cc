package dev.advise.cli;

import dev.advise.descriptor.Quote;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code advise completion bash|zsh}: a completion script made from the same option model as
 * --help.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Print a shell completion script for bash or zsh.",
    description = {
      "The script is made from the options advise reads.",
      "bash: source <(advise completion bash); zsh: source <(advise completion zsh)."
    })
final class CompletionCommand extends Subcommand {

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  String shell;

  /** The script; picocli's bash script also runs in zsh, through zsh's bashcompinit. */
  @Override
  public Integer call() {
    PrintWriter out = context().out();
    PrintWriter err = context().err();
    if (!shell.equals("bash") && !shell.equals("zsh")) {
      return Main.usage(err, "completion takes bash or zsh, not " + Quote.of(shell));
    }
    out.print(picocli.AutoComplete.bash("advise", context().root()));
    out.flush();
    return ExitCode.OK;
  }
}
