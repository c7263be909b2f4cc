package dev.advise.cli;

import dev.advise.batch.FileOutcome;
import dev.advise.batch.InputScope;
import dev.advise.batch.Tally;
import dev.advise.batch.WalkOptions;
import dev.advise.report.ReportWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code --report FORMAT=FILE} outputs of a run, fed beside the main output from the same parse
 * and evaluation: one more writer per report, each into its own {@link Output} (a temporary file
 * renamed into place when complete, as {@code --output} is written). A report that cannot be
 * written is dropped, its temporary file removed, and said at the end (exit 5), while the other
 * reports and the main output are completed. Used only when a report is asked for: a run without
 * one keeps its single writer.
 */
final class Reports implements ReportWriter<Object[]>, AutoCloseable {

  /** One report: where it goes, its writer, and why it failed (null while it has not). */
  private static final class Target {
    final ReportTarget target;
    Output output;
    ReportWriter<Object> writer;
    volatile WriteFailed failed;

    Target(ReportTarget target) {
      this.target = target;
    }
  }

  /** Makes a report's writer once its output is open. */
  interface Writers {
    ReportWriter<?> writer(Format format, Output output);
  }

  private final ReportWriter<Object> main;
  private final List<Target> targets = new ArrayList<>();

  @SuppressWarnings("unchecked")
  Reports(ReportWriter<?> main, List<ReportTarget> reports, Writers writers) {
    this.main = (ReportWriter<Object>) main;
    for (ReportTarget r : reports) {
      Target t = new Target(r);
      targets.add(t);
      try {
        t.output = Output.file(r.file());
        t.writer = (ReportWriter<Object>) writers.writer(r.format(), t.output);
      } catch (WriteFailed e) {
        fail(t, e);
      }
    }
  }

  /**
   * Why the run's outputs cannot be written as asked, or empty: an output ({@code --output} or a
   * report) that is also an input would overwrite it or be read as a descriptor, and two outputs to
   * one file would overwrite each other. Asked before anything is read.
   */
  static Optional<String> clash(Options options, WalkOptions walk) {
    Map<Path, String> targets = new HashMap<>();
    List<String> names = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    if (options.output != null) {
      names.add("--output " + options.output);
      files.add(options.output);
    }
    for (ReportTarget r : options.reports) {
      names.add("--report " + r);
      files.add(r.file());
    }
    for (int i = 0; i < files.size(); i++) {
      Path located = InputScope.located(files.get(i));
      for (String path : options.paths) {
        if (InputScope.reads(path, located, walk)) {
          return Optional.of(
              names.get(i)
                  + " is also an input ("
                  + path
                  + "): the report would overwrite it or be read as a descriptor");
        }
      }
      String first = targets.putIfAbsent(located, names.get(i));
      if (first != null) {
        return Optional.of(names.get(i) + " writes the same file as " + first);
      }
    }
    return Optional.empty();
  }

  @Override
  public Object[] prepare(FileOutcome outcome) {
    Object[] prepared = new Object[targets.size() + 1];
    prepared[0] = main.prepare(outcome);
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      if (t.failed == null) {
        prepared[i + 1] = t.writer.prepare(outcome);
      }
    }
    return prepared;
  }

  @Override
  public void file(FileOutcome outcome, Object[] prepared) {
    main.file(outcome, prepared[0]);
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      if (t.failed == null) {
        try {
          t.writer.file(outcome, prepared[i + 1]);
        } catch (WriteFailed e) {
          fail(t, e);
        }
      }
    }
  }

  /** Finishes the main output's format, then finishes and moves each report into place. */
  @Override
  public void finish(Tally tally) {
    main.finish(tally);
    for (Target t : targets) {
      if (t.failed == null) {
        try {
          t.writer.finish(tally);
          t.output.commit();
        } catch (WriteFailed e) {
          fail(t, e);
        }
      }
    }
  }

  private static void fail(Target t, WriteFailed e) {
    t.failed = e;
    if (t.output != null) {
      t.output.close(); // discards the unfinished temporary file
    }
  }

  /** Says each report that failed, one line each; exit 5 if any did, else {@code code}. */
  int report(PrintWriter err, int code) {
    int worst = code;
    for (Target t : targets) {
      if (t.failed != null) {
        worst = Math.max(worst, t.failed.report(err));
      }
    }
    return worst;
  }

  @Override
  public void close() {
    for (Target t : targets) {
      if (t.output != null && t.failed == null) {
        t.output.close();
      }
    }
  }
}
