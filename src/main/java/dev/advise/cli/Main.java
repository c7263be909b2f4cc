package dev.advise.cli;

import dev.advise.batch.Batch;
import dev.advise.batch.Run;
import dev.advise.descriptor.Problem;
import dev.advise.descriptor.Quote;
import dev.advise.engine.Advisor;
import dev.advise.report.Ansi;
import dev.advise.report.JsonReport;
import dev.advise.report.TableReport;
import dev.advise.rules.RuleLoader;
import dev.advise.rules.RuleSet;
import dev.advise.rules.RuleSetException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * The {@code advise} command: takes its streams and returns an exit code, so tests call
 * {@link #run} directly and only {@link #main} ever exits the JVM.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(Environment.system(), out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(Environment.system(), out, err, args);
  }

  public static int run(Environment env, PrintWriter out, PrintWriter err, String... args) {
    Options options = new Options();
    CommandLine cli = new CommandLine(options);
    cli.setOut(out);
    cli.setErr(err);
    try {
      cli.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      err.println("advise: " + e.getMessage());
      err.println("Try 'advise --help' for more information.");
      err.flush();
      return ExitCode.USAGE;
    }
    if (cli.isUsageHelpRequested()) {
      cli.usage(out);
      out.flush();
      return ExitCode.OK;
    }
    if (cli.isVersionHelpRequested()) {
      cli.printVersionHelp(out);
      out.flush();
      return ExitCode.OK;
    }
    try {
      return advise(options, env, out, err);
    } catch (RuntimeException | Error e) {
      err.println("advise: internal error: " + e
          + (options.debug ? "" : " (run with --debug for the stack trace)"));
      if (options.debug) {
        e.printStackTrace(err);
      }
      return ExitCode.INTERNAL;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int advise(Options options, Environment env, PrintWriter out, PrintWriter err) {
    RuleSet rules;
    try {
      for (Path dir : options.rules) {
        if (!Files.isDirectory(dir)) {
          err.println(dir + ": no such rules folder");
          return ExitCode.INVALID_INPUT;
        }
      }
      rules = options.rules.isEmpty() ? RuleLoader.embedded() : RuleLoader.withFolders(options.rules);
    } catch (RuleSetException e) {
      e.problems().forEach(p -> err.println(p.format()));
      return ExitCode.INVALID_INPUT;
    } catch (IOException e) {
      err.println("advise: cannot read the rules: " + e.getMessage());
      return ExitCode.INVALID_INPUT;
    }
    Batch batch = new Batch(new Advisor(rules), new Batch.Options(options.check, options.tolerance));
    Run run = batch.run(options.paths, env.stdin(), note -> err.println("advise: " + note));
    for (Problem p : run.errors()) {
      err.println(Quote.escaped(p.format()));
    }
    switch (options.format) {
      case JSON -> JsonReport.write(run, out);
      case NDJSON -> JsonReport.writeLines(run, out);
      case TABLE -> new TableReport(new Ansi(options.color.enabled(env))).write(run, out);
    }
    int code = ExitCode.OK;
    if (run.failedChecks() > 0) {
      code = ExitCode.CHECK_FAILED;
    }
    if (!run.errors().isEmpty()) {
      code = ExitCode.INVALID_INPUT;
    }
    return code;
  }
}
