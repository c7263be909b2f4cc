package dev.advise.cli;

import dev.advise.descriptor.Quote;
import dev.advise.rules.RuleDigest;
import dev.advise.rules.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Every command line that {@link QuickOptions} declines (help, version, subcommands, rare
 * options, mistakes) is read by picocli here. A class of its own, so that the everyday run
 * never loads picocli: verifying {@link Main} would otherwise load the picocli exceptions it
 * catches, from the jar, since their Java 5 class files cannot be archived (D24).
 */
final class PicocliRun {

  private PicocliRun() {}

  static int run(Environment env, PrintWriter out, PrintWriter err, PrintWriter rawErr, String... args) {
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
    CommandLine chosen = sub == null ? cli : sub.commandSpec().commandLine();
    if (chosen.isUsageHelpRequested()) {
      chosen.usage(out);
      out.flush();
      return ExitCode.OK;
    }
    if (chosen.isVersionHelpRequested()) {
      return version(chosen.getCommand(), options, out, err);
    }
    if (sub == null && options.paths.isEmpty()) {
      return Main.usage(err, "Missing required parameter: 'PATH'");
    }
    if (sub == null) {
      var problem = OptionValues.lineProblem(options.paths, options.check, parsed.hasMatchedOption("--tolerance"));
      if (problem.isPresent()) {
        return Main.usage(err, problem.get());
      }
    }
    if (options.maxFileSize < 1 || options.maxFileSize > Integer.MAX_VALUE - 8) {
      return Main.usage(err, "--max-file-size: " + options.maxFileSize + " bytes is not between 1 and "
          + (Integer.MAX_VALUE - 8));
    }
    if (options.from != null && !options.from.equals("k8s") && !options.from.equals("compose")) {
      return Main.usage(err, "--from takes k8s or compose, not " + Quote.of(options.from));
    }
    Object command = sub == null ? null : sub.commandSpec().userObject();
    return Main.guarded(options, () -> command instanceof ImportCommand i ? ImportRun.run(i, env, out, err)
        : command instanceof InitCommand init ? InitRun.run(init, env, out, err)
        : command instanceof CompletionCommand c ? c.run(cli, out, err)
        : command != null ? RuleCommands.run(command, out, err)
        : Main.advise(options, env, out, err, rawErr), out, err);
  }

  /** Version, commit and the digest of the rule set the command line would use. */
  private static int version(Object command, Options options, PrintWriter out, PrintWriter err) {
    List<Path> folders = command instanceof RulesCommand r ? r.rules
        : command instanceof ExplainCommand e ? e.rules : options.rules;
    Optional<RuleSet> rules = Main.rules(folders, err);
    if (rules.isEmpty()) {
      return ExitCode.INVALID_INPUT;
    }
    BuildInfo.lines(RuleDigest.inUse(rules.get(), folders.isEmpty())).forEach(out::println);
    out.flush();
    return ExitCode.OK;
  }
}
