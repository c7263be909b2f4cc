package dev.advise.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code advise config [OPTIONS]}: the settings a run with these options would use, and where each
 * came from.
 */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    customSynopsis = "advise config [OPTIONS]",
    header = "Print each setting a run would use and where it came from.",
    description = {
      "Print each setting a run would use and where it came from: a flag, an ADVISE_* variable, "
          + "the configuration file (path:line) or the default. Takes the options a run takes (not paths); "
          + "with --format json, prints JSON."
    })
final class ConfigCommand extends Subcommand {

  /** The run's options, read again by {@link ConfigRun} with the main command's model. */
  @Unmatched List<String> options = new ArrayList<>();

  /** The whole command line: the options may stand before the word config as well as after it. */
  @Override
  public Integer call() {
    return ConfigRun.run(context().args(), context().env(), context().out(), context().err());
  }
}
