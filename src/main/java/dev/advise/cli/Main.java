package dev.advise.cli;

import dev.advise.batch.Batch;
import dev.advise.batch.FileOutcome;
import dev.advise.batch.InputWalker;
import dev.advise.batch.Tally;
import dev.advise.batch.WalkOptions;
import dev.advise.batch.Wanted;
import dev.advise.descriptor.Quote;
import dev.advise.report.Ansi;
import dev.advise.report.CompactTable;
import dev.advise.report.DetailedTable;
import dev.advise.report.GithubWriter;
import dev.advise.report.JsonWriter;
import dev.advise.report.JunitWriter;
import dev.advise.report.MarkdownWriter;
import dev.advise.report.NdjsonWriter;
import dev.advise.report.ReportWriter;
import dev.advise.report.SarifSettings;
import dev.advise.report.SarifWriter;
import dev.advise.report.Sink;
import dev.advise.rules.RuleDigest;
import dev.advise.rules.RuleSet;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@code advise} command: takes its streams and returns an exit code, so tests call {@link
 * #run} directly and only {@link #main} ever exits the JVM.
 */
public final class Main {

  /** Where the search for {@code .advise.yaml} starts: the working folder. */
  static final Path WORKING_DIR = Path.of("");

  private Main() {}

  public static void main(String[] args) {
    // A report can run to tens of megabytes: a large buffer straight on the file descriptor
    // writes it in few system calls, where System.out passes on anything over 8 KB at once.
    // Under the buffer, a failed write becomes WriteFailed (exit 5, or 141 for a closed pipe).
    OutputStream stdout =
        new BufferedOutputStream(
            new GuardedStream(new FileOutputStream(FileDescriptor.out), WriteFailed.STDOUT),
            1 << 16);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(Environment.system(stdout), out, err, args);
    try {
      out.flush();
    } catch (WriteFailed e) {
      code = e.report(new PrintWriter(new TerminalWriter(err), true));
    }
    err.flush();
    System.exit(code);
  }

  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(Environment.system(), out, err, args);
  }

  public static int run(Environment env, PrintWriter out, PrintWriter rawErr, String... args) {
    // Every line for stderr is escaped on its way, whichever path wrote it (TerminalWriter).
    PrintWriter err = new PrintWriter(new TerminalWriter(rawErr), true);
    try {
      Optional<QuickOptions.Line> quick = QuickOptions.line(args);
      if (quick.isPresent()) {
        // The everyday calls (paths, with the common options) are read without picocli, whose
        // classes cannot be archived and cost a short run as much as its own work (QuickOptions).
        Optional<Settings.Resolved> resolved =
            Settings.resolve(quick.get().options(), quick.get().given(), env, WORKING_DIR, err);
        if (resolved.isEmpty()) {
          return ExitCode.USAGE;
        }
        Options options = resolved.get().options();
        return guarded(options, () -> advise(options, env, out, err, rawErr), out, err);
      }
      return PicocliRun.run(env, out, err, rawErr, args);
    } catch (WriteFailed e) {
      // help, version and usage output fail the same way as a report
      return e.report(err);
    }
  }

  interface Command {
    int run();
  }

  /** Runs a command; an exception is a bug: one line, and the trace only with --debug. */
  static int guarded(Options options, Command command, PrintWriter out, PrintWriter err) {
    try {
      int code = command.run();
      out.flush(); // inside the try: the last of a report often fails only here (a full disk)
      return code;
    } catch (WriteFailed e) {
      throw e;
    } catch (RuntimeException | Error e) {
      err.println(
          "advise: internal error: "
              + e
              + (options.debug ? "" : " (run with --debug for the stack trace)"));
      if (options.debug) {
        e.printStackTrace(err);
      }
      return ExitCode.INTERNAL;
    } finally {
      err.flush();
    }
  }

  static int usage(PrintWriter err, String message) {
    err.println("advise: " + message);
    err.println("Try 'advise --help' for more information.");
    err.flush();
    return ExitCode.USAGE;
  }

  /**
   * @param rawErr stderr unescaped, for the progress line alone (it draws with a carriage return)
   */
  static int advise(
      Options options, Environment env, PrintWriter out, PrintWriter err, PrintWriter rawErr) {
    WalkOptions walk = new WalkOptions(options.include, options.exclude, options.followSymlinks);
    if (options.output != null || !options.reports.isEmpty()) {
      Optional<String> clash = Reports.clash(options, walk);
      if (clash.isPresent()) {
        return usage(err, clash.get());
      }
    }
    Optional<RuleSet> rules = RuleSets.load(options.rules, err, options.debug);
    if (rules.isEmpty()) {
      return ExitCode.INVALID_INPUT;
    }
    Batch batch =
        Batch.preparing(
            rules.get(),
            Batch.Options.of(options.check, options.tolerance, options.limits())
                .from(options.from)
                .today(env.today()));
    Consumer<String> notes =
        options.quiet ? note -> {} : note -> err.println("advise: " + Quote.escaped(note));
    InputWalker inputs = new InputWalker(options.paths, walk, notes, options.stdinFilename);
    Tally tally = new Tally(options.check);
    Wanted wanted = Wanted.of(options.from);
    Progress progress = showsProgress(options, env) ? new Progress(rawErr, System::nanoTime) : null;
    Reports reports = null;
    try (Output output =
        options.output == null ? Output.stdout(out, env.stdout()) : Output.file(options.output)) {
      ReportWriter<?> report =
          writer(options.format, options.output == null, options, env, output, rules.get());
      if (!options.reports.isEmpty()) {
        // one parse and one evaluation: each outcome goes to every report's writer in turn
        reports =
            new Reports(
                report,
                options.reports,
                (format, to) -> writer(format, false, options, env, to, rules.get()));
        report = reports;
      }
      report(
          batch,
          inputs,
          env,
          report,
          outcome -> {
            tally.add(outcome);
            String skipNote = wanted.skipNote(outcome);
            if (skipNote != null) {
              notes.accept(skipNote);
            }
            outcome.problems().forEach(p -> err.println(Quote.escaped(p.format())));
            if (!options.quiet) {
              outcome.warnings().forEach(w -> err.println("warning: " + Quote.escaped(w.format())));
            }
            if (progress != null) {
              progress.advance();
            }
          });
      if (progress != null) {
        progress.done();
      }
      report.finish(tally);
      output.commit();
    } finally {
      if (reports != null) {
        reports.close();
      }
    }
    int code = ExitCode.OK;
    if (tally.failed() > 0) {
      code = ExitCode.CHECK_FAILED;
    }
    if (!tally.problems().isEmpty()) {
      code = ExitCode.INVALID_INPUT;
    }
    return reports == null ? code : reports.report(err, code);
  }

  /**
   * Progress is for a person watching stderr; but when the report goes to the same screen, its own
   * lines show the progress, and a redrawn line would write over them.
   */
  static boolean showsProgress(Options options, Environment env) {
    return env.stderrTerminal() && !options.quiet && (options.output != null || !env.terminal());
  }

  /** Runs the batch into one format: its prepare step on the workers, the rest in order. */
  private static <P> void report(
      Batch batch,
      InputWalker inputs,
      Environment env,
      ReportWriter<P> report,
      Consumer<FileOutcome> seen) {
    record Prepared<P>(FileOutcome outcome, P output) {}
    batch.run(
        inputs,
        env.stdin(),
        outcome -> new Prepared<>(outcome, report.prepare(outcome)),
        p -> {
          seen.accept(p.outcome());
          report.file(p.outcome(), p.output());
        });
  }

  /** Whether an argument names a folder; one the JVM cannot even make a path of is not one. */
  private static boolean isFolder(String arg) {
    try {
      return Files.isDirectory(Path.of(arg));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /**
   * The writer for a format, to stdout or to a file ({@code --output}, a report); a folder argument
   * makes the table compact. Written to a file, a table has no colour unless {@code --color always}
   * and one line per row, whichever output it is, so that a report is the same bytes as that format
   * written alone.
   */
  private static ReportWriter<?> writer(
      Format format,
      boolean toStdout,
      Options options,
      Environment env,
      Output output,
      RuleSet rules) {
    Sink out = output.sink();
    Ansi ansi =
        new Ansi(toStdout && options.color.enabled(env) || options.color == ColorMode.ALWAYS);
    return switch (format) {
      case TABLE -> {
        // fitted to the terminal only when the table goes to one; a pipe or a file keeps one line
        // per row
        int width = toStdout && env.terminal() ? Terminals.width(env.variables()) : 0;
        yield options.paths.stream().anyMatch(Main::isFolder)
            ? new CompactTable(out, ansi, options.check, width)
            : new DetailedTable(out, ansi, width);
      }
      case JSON -> new JsonWriter(out, RuleDigest.inUse(rules, options.rules.isEmpty()));
      case NDJSON -> new NdjsonWriter(out);
      case MARKDOWN -> new MarkdownWriter(out);
      case JUNIT -> new JunitWriter(out, options.check);
      case SARIF ->
          new SarifWriter(
              out,
              new SarifSettings(
                  BuildInfo.version(),
                  rules,
                  new SarifPaths(options.sarifRoot == null ? Path.of("") : options.sarifRoot),
                  Optional.ofNullable(options.sarifDocsUrl)));
      case GITHUB -> new GithubWriter(out, new SarifPaths(Path.of("")));
    };
  }
}
