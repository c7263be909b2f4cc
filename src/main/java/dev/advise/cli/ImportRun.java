package dev.advise.cli;

import dev.advise.batch.Found;
import dev.advise.batch.Input;
import dev.advise.batch.InputWalker;
import dev.advise.batch.WalkOptions;
import dev.advise.descriptor.InputText;
import dev.advise.descriptor.Limits;
import dev.advise.descriptor.Problem;
import dev.advise.descriptor.Quote;
import dev.advise.engine.Advisor;
import dev.advise.importer.Importer;
import dev.advise.rules.RuleSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs {@code advise import}: reads every path, then writes the drafts to stdout or a folder. */
final class ImportRun {

  private ImportRun() {}

  static int run(ImportCommand cmd, Environment env, PrintWriter out, PrintWriter err) {
    Importer.Format from = null;
    if (cmd.from != null) {
      Optional<Importer.Format> f = Importer.Format.byId(cmd.from);
      if (f.isEmpty()) {
        return Main.usage(err, "--from takes k8s or compose, not " + Quote.of(cmd.from));
      }
      from = f.get();
    }
    Optional<RuleSet> rules = RuleSets.load(cmd.rules, err);
    if (rules.isEmpty()) {
      return ExitCode.INVALID_INPUT;
    }
    Importer importer = new Importer(from, Limits.DEFAULT);
    List<Problem> problems = new ArrayList<>();
    InputWalker inputs =
        new InputWalker(cmd.paths, WalkOptions.defaults(), note -> note(cmd, err, note));
    ImportArguments arguments = new ImportArguments(cmd.paths);
    inputs.forEachRemaining(
        found -> {
          arguments.found(found);
          if (!(found instanceof Found.FolderDone)) {
            read(found, env, importer, problems);
          }
        });
    List<Importer.Drafted> drafts = importer.drafts(new Advisor(rules.get()));
    importer.notes().forEach(n -> note(cmd, err, n));
    problems.addAll(importer.problems());
    List<Importer.Drafted> written = new ArrayList<>();
    for (Importer.Drafted d : drafts) {
      if (d.text() == null) {
        problems.addAll(d.problems());
      } else {
        written.add(d);
      }
    }
    problems.forEach(p -> err.println(Quote.escaped(p.format())));
    int code = problems.isEmpty() ? ExitCode.OK : ExitCode.INVALID_INPUT;
    // each argument is one place the user pointed at (D117): one that yields neither a workload
    // object nor a problem is named, beside the others' drafts, and the run is exit 3
    List<String> empty = arguments.yieldingNothing(drafts, problems);
    for (String argument : empty) {
      err.println("advise: no workload objects found in " + Quote.escaped(argument));
    }
    code = empty.isEmpty() ? code : ExitCode.INVALID_INPUT;
    if (drafts.isEmpty()) {
      return ExitCode.INVALID_INPUT;
    }
    if (cmd.outputDir == null) {
      for (int i = 0; i < written.size(); i++) {
        out.print(i == 0 ? "" : "---\n");
        out.print(written.get(i).text());
      }
      out.flush();
      return code;
    }
    return Math.max(code, writeFiles(cmd, written, err));
  }

  private static void note(ImportCommand cmd, PrintWriter err, String note) {
    if (!cmd.quiet) {
      err.println("advise: " + Quote.escaped(note));
    }
  }

  private static void read(
      Found found, Environment env, Importer importer, List<Problem> problems) {
    if (found instanceof Found.Unreachable u) {
      problems.add(u.problem());
      return;
    }
    Input input = (Input) found;
    try {
      long max = Limits.DEFAULT.maxBytes();
      String text =
          input.path().isEmpty()
              ? InputText.read(env.stdin(), max)
              : InputText.read(input.path().get(), max);
      importer.read(input.source(), text);
    } catch (InputText.Unreadable e) {
      problems.add(e.problem(input.source()));
    }
  }

  /**
   * One file per draft, each written whole or not at all; an existing draft is kept unless --force.
   */
  private static int writeFiles(ImportCommand cmd, List<Importer.Drafted> drafts, PrintWriter err) {
    int code = ExitCode.OK;
    try {
      Files.createDirectories(cmd.outputDir);
    } catch (IOException e) {
      err.println(
          "advise: cannot create "
              + Quote.escaped(cmd.outputDir.toString())
              + ": "
              + InputText.describe(e));
      return ExitCode.INVALID_INPUT;
    }
    for (Importer.Drafted d : drafts) {
      Path target = cmd.outputDir.resolve(d.name() + ".yaml");
      if (Files.exists(target) && !cmd.force) {
        err.println(
            "advise: " + Quote.escaped(target.toString()) + " exists; not replaced (use --force)");
        code = ExitCode.INVALID_INPUT;
        continue;
      }
      try {
        Path temporary = Files.createTempFile(cmd.outputDir, "." + d.name() + ".", ".tmp");
        Files.writeString(temporary, d.text(), StandardCharsets.UTF_8);
        try {
          Files.move(
              temporary,
              target,
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        if (!cmd.quiet) {
          err.println("advise: wrote " + Quote.escaped(target.toString()));
        }
      } catch (IOException e) {
        err.println(
            "advise: cannot write "
                + Quote.escaped(target.toString())
                + ": "
                + InputText.describe(e));
        code = ExitCode.INVALID_INPUT;
      }
    }
    return code;
  }
}
