package dev.advise.cli;

import dev.advise.rules.RuleDigest;
import dev.advise.rules.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/**
 * Every command line that {@link QuickOptions} declines (help, version, subcommands, rare options,
 * mistakes) is read by picocli here. A class of its own, so that the everyday run never loads
 * picocli: verifying {@link Main} would otherwise load the picocli exceptions it catches, from the
 * jar, since their Java 5 class files cannot be archived (D24).
 */
final class PicocliRun {

  private PicocliRun() {}

  static int run(
      Environment env, PrintWriter out, PrintWriter err, PrintWriter rawErr, String... args) {
    Options options = new Options();
    CommandLine cli = new CommandLine(options);
    cli.setOut(out);
    cli.setErr(err);
    CommandLine.ParseResult parsed;
    try {
      parsed = cli.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      return Main.usage(err, e.getMessage());
    }
    CommandLine.ParseResult sub = parsed.subcommand();
    while (sub != null && sub.subcommand() != null) { // advise rules test
      sub = sub.subcommand();
    }
    CommandLine chosen = sub == null ? cli : sub.commandSpec().commandLine();
    if (chosen.isUsageHelpRequested()) {
      out.print(HelpText.of(chosen, env.variables()));
      out.flush();
      return ExitCode.OK;
    }
    if (chosen.isVersionHelpRequested()) {
      if (sub == null
          && Settings.resolve(options, given(parsed), env, Main.WORKING_DIR, err).isEmpty()) {
        return ExitCode
            .USAGE; // the digest is of the rules in use, which the file or environment may add to
      }
      List<Path> folders =
          sub == null
              ? options.rules
              : chosen.<Subcommand>getCommand().ruleFolders().orElse(options.rules);
      return version(folders, out, err);
    }
    if (sub != null) { // the subcommand has read its own options and arguments
      Subcommand command = chosen.getCommand();
      Subcommand.Context context = new Subcommand.Context(env, out, err, cli, args);
      return Main.guarded(options, () -> command.in(context).call(), out, err);
    }
    if (options.paths.isEmpty()) {
      return Main.usage(err, "Missing required parameter: 'PATH'");
    }
    Set<RunOption> given = given(parsed);
    if (Settings.resolve(options, given, env, Main.WORKING_DIR, err).isEmpty()) {
      return ExitCode.USAGE;
    }
    // a --tolerance given without --check is a mistake; one from the file or the environment is not
    var problem =
        OptionValues.lineProblem(options.paths, options.check, given.contains(RunOption.TOLERANCE));
    if (problem.isPresent()) {
      return Main.usage(err, problem.get());
    }
    return Main.guarded(options, () -> Main.advise(options, env, out, err, rawErr), out, err);
  }

  /** The options the command line gave, by the table's names. */
  static Set<RunOption> given(CommandLine.ParseResult parsed) {
    Set<RunOption> given = EnumSet.noneOf(RunOption.class);
    for (RunOption o : RunOption.values()) {
      if (parsed.hasMatchedOption(o.name)) {
        given.add(o);
      }
    }
    return given;
  }

  /** Version, commit and the digest of the rule set the command line would use. */
  private static int version(List<Path> folders, PrintWriter out, PrintWriter err) {
    Optional<RuleSet> rules = RuleSets.load(folders, err);
    if (rules.isEmpty()) {
      return ExitCode.INVALID_INPUT;
    }
    BuildInfo.lines(RuleDigest.inUse(rules.get(), folders.isEmpty())).forEach(out::println);
    out.flush();
    return ExitCode.OK;
  }
}
