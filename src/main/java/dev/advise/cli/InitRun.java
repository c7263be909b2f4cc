package dev.advise.cli;

import dev.advise.descriptor.InputText;
import dev.advise.descriptor.Problem;
import dev.advise.descriptor.Quote;
import dev.advise.engine.Advisor;
import dev.advise.importer.Interview;
import dev.advise.importer.Skeleton;
import dev.advise.rules.RuleSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Runs {@code advise init}: a skeleton, answers from a file, or questions on a terminal. */
final class InitRun {

  private InitRun() {}

  static int run(InitCommand cmd, Environment env, PrintWriter out, PrintWriter err) {
    if (cmd.noInput && cmd.answers != null) {
      return Main.usage(err, "--no-input and --answers exclude each other");
    }
    if (cmd.name != null && !validName(cmd.name)) {
      return Main.usage(
          err, "--name " + Quote.of(cmd.name) + " is not a valid name (1-63 of a-z, 0-9 and '-')");
    }
    String name = cmd.name != null ? cmd.name : cmd.file == null ? null : fromFile(cmd.file);
    if (cmd.file != null && Files.exists(cmd.file) && !cmd.force) {
      err.println(
          "advise: " + Quote.escaped(cmd.file.toString()) + " exists; not replaced (use --force)");
      return ExitCode.INVALID_INPUT;
    }
    if (cmd.noInput) {
      return write(cmd.file, Skeleton.text(name), out, err) ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }
    if (cmd.answers == null && !env.terminal()) {
      err.println(
          "advise: init asks its questions on a terminal, and this is not one: give the answers with"
              + " --answers FILE, or write a skeleton of every field with --no-input");
      return ExitCode.USAGE;
    }
    Optional<RuleSet> rules = RuleSets.load(cmd.rules, err);
    if (rules.isEmpty()) {
      return ExitCode.INVALID_INPUT;
    }
    Advisor advisor = new Advisor(rules.get());
    Interview interview;
    Path target = cmd.file;
    if (cmd.answers != null) {
      List<Problem> problems = new ArrayList<>();
      try {
        String text = InputText.read(cmd.answers);
        interview =
            Interview.fromAnswers(
                advisor, name == null ? "workload" : name, cmd.answers.toString(), text, problems);
      } catch (InputText.Unreadable e) {
        err.println(Quote.escaped(e.problem(cmd.answers.toString()).format()));
        return ExitCode.INVALID_INPUT;
      }
      if (!problems.isEmpty()) {
        problems.forEach(p -> err.println(Quote.escaped(p.format())));
        return ExitCode.INVALID_INPUT;
      }
    } else {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(env.stdin(), StandardCharsets.UTF_8));
      Interview.Io io = terminal(in, out);
      while (name == null) {
        String answer = io.ask("Workload name (1-63 of a-z, 0-9 and '-'): ");
        if (answer == null) {
          return ExitCode.USAGE;
        }
        name = validName(answer.trim()) ? answer.trim() : null;
      }
      interview = new Interview(advisor, name);
      interview.run(io);
      if (target == null) {
        target = Path.of(name + ".yaml");
        if (Files.exists(target) && !cmd.force) {
          err.println(
              "advise: "
                  + Quote.escaped(target.toString())
                  + " exists; not replaced (use --force or name a FILE)");
          return ExitCode.INVALID_INPUT;
        }
      }
      out.println();
    }
    if (!write(target, interview.text(), out, err)) {
      return ExitCode.INVALID_INPUT;
    }
    if (target == null) {
      return ExitCode.OK; // the descriptor went to stdout; advising it is a pipe away
    }
    err.println("advise: wrote " + Quote.escaped(target.toString()));
    Options options = new Options();
    options.paths.add(target.toString());
    options.rules = cmd.rules;
    return Main.advise(
        options, env, out, err, err); // one file: no progress line, so stderr stays escaped
  }

  private static Interview.Io terminal(BufferedReader in, PrintWriter out) {
    return new Interview.Io() {
      @Override
      public String ask(String prompt) {
        out.print(prompt);
        out.flush();
        try {
          return in.readLine();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void say(String line) {
        out.println(line);
        out.flush();
      }
    };
  }

  private static boolean write(Path target, String text, PrintWriter out, PrintWriter err) {
    if (target == null) {
      out.print(text);
      out.flush();
      return true;
    }
    try {
      Files.writeString(target, text, StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      err.println(
          "advise: cannot write "
              + Quote.escaped(target.toString())
              + ": "
              + InputText.describe(e));
      return false;
    }
  }

  /** The file's name without its extension, made into a workload name. */
  private static String fromFile(Path file) {
    String base =
        file.getFileName().toString().replaceFirst("\\.ya?ml$", "").toLowerCase(Locale.ROOT);
    String name = base.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return name.length() > 63
        ? name.substring(0, 63).replaceAll("-+$", "")
        : name.isEmpty() ? null : name;
  }

  private static boolean validName(String name) {
    return name.matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  }
}
