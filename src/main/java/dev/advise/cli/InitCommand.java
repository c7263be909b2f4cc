package dev.advise.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code advise init}: a descriptor from the questions that could change the advice. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Write a descriptor by answering the questions that matter.",
    description = {
      "Writes a descriptor by asking, on a terminal, only the questions whose answers could change"
          + " the advice, the most decisive first (Enter skips one, Ctrl-D finishes), then prints"
          + " the advice.",
      "Without a terminal, give the answers with --answers FILE, or write a commented skeleton of"
          + " every field with --no-input."
    })
final class InitCommand extends Subcommand {

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description =
          "Where to write the descriptor (default: NAME.yaml on a terminal, stdout otherwise).")
  Path file;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The workload's name (default: from FILE, or asked).")
  String name;

  @Option(
      names = "--answers",
      paramLabel = "FILE",
      description =
          "Answers as YAML, field paths to values (e.g. latency.p99: 2ms), instead of asking.")
  Path answers;

  @Option(
      names = "--no-input",
      description = "Ask nothing: write a commented skeleton with every field.")
  boolean noInput;

  @Option(names = "--force", description = "Replace FILE if it exists.")
  boolean force;

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description = "Add or override rules from a folder (repeatable).")
  List<Path> rules = new ArrayList<>();

  @Override
  public Integer call() {
    return InitRun.run(this, context().env(), context().out(), context().err());
  }
}
