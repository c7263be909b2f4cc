package dev.advise.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code advise import}: draft descriptors from Kubernetes manifests or Compose files. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Draft descriptors from Kubernetes manifests or Compose files.",
    description = {
      "Writes a draft advise/v1 descriptor for each workload in Kubernetes manifests (Deployment,"
          + " StatefulSet, DaemonSet, Job, CronJob, Pod, ReplicationController, with their HPAs,"
          + " PDBs and PVCs) or Compose files (one per service). Each inferred field names the"
          + " manifest line it came from and how sure it is; the unknowns that could change the"
          + " advice follow as commented questions, most decisive first.",
      "Annotations advise.dev/<field.path>: value (x-advise on a Compose service) set any field."
    })
final class ImportCommand extends Subcommand {

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Manifest files, folders, or - for standard input.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      description =
          "k8s or compose (default: told by each document: apiVersion and kind, or services).")
  String from;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description =
          "Write one file per draft, NAME.yaml, into DIR instead of all of them to stdout.")
  Path outputDir;

  @Option(names = "--force", description = "With --output-dir, replace drafts that already exist.")
  boolean force;

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description = "Add or override rules from a folder (repeatable).")
  List<Path> rules = new ArrayList<>();

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only errors on stderr: no notes on skipped objects.")
  boolean quiet;

  @Override
  public Integer call() {
    return ImportRun.run(this, context().env(), context().out(), context().err());
  }
}
