package dev.advise.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * A subcommand as picocli's {@link Callable}: picocli makes the object and fills its options,
 * {@link PicocliRun} gives it the run's surroundings ({@link #in}), then calls it. The run does not
 * use picocli's {@code execute}: it keeps its own exit codes, usage lines and error guard.
 */
abstract class Subcommand implements Callable<Integer> {

  /** What a subcommand runs with, beyond its own options. */
  record Context(
      Environment env, PrintWriter out, PrintWriter err, CommandLine root, String[] args) {}

  private Context context;

  /** This subcommand, ready to be called in {@code context}. */
  final Subcommand in(Context context) {
    this.context = context;
    return this;
  }

  final Context context() {
    return context;
  }

  /** Runs the subcommand; its exit code. Checked exceptions it can meet are reported inside it. */
  @Override
  public abstract Integer call();

  /**
   * The rule folders in effect, layered as the main command layers them: {@code flags} when the
   * command line gives any, else {@code ADVISE_RULES}, else the configuration file's {@code rules:}
   * (relative to the file). Empty, with the problems on stderr, when the file or variable is bad.
   */
  final Optional<List<Path>> rulesInEffect(List<Path> flags) {
    Options options = new Options();
    options.rules = flags;
    var given = flags.isEmpty() ? EnumSet.noneOf(RunOption.class) : EnumSet.of(RunOption.RULES);
    return Settings.resolve(options, given, context.env(), Main.WORKING_DIR, context.err())
        .map(r -> r.options().rules);
  }

  /**
   * The rule folders this subcommand layers over the built-in rules ({@code --version} names their
   * digest); empty when it takes none of its own, and the main command's count.
   */
  Optional<List<Path>> ruleFolders() {
    return Optional.empty();
  }
}
