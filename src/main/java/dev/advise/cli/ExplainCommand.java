package dev.advise.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code advise explain RULE-ID}: one rule in full, with its sources and the examples it fires on.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Show one rule in full.",
    description =
        "Show one rule in full: when it applies, what it does, why, its sources, and the examples it fires on.")
final class ExplainCommand extends Subcommand {

  @Parameters(
      arity = "1",
      paramLabel = "RULE-ID",
      description = "A rule id, e.g. latency.microsecond-budget.")
  String id;

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      converter = Converters.PathConverter.class,
      description = "Add or override rules from a folder (repeatable).")
  List<Path> rules = new ArrayList<>();

  @Override
  public Integer call() {
    return RuleCommands.explain(this, context().out(), context().err());
  }

  @Override
  Optional<List<Path>> ruleFolders() {
    return Optional.of(rules);
  }
}
