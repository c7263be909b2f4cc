package dev.advise.batch;

import dev.advise.descriptor.DescriptorParser;
import dev.advise.descriptor.Problem;

/**
 * What a run reads from its inputs, for the words of its notes and of the error when an argument
 * yields none of it: advise descriptors, or with {@code --from} the workloads of Kubernetes
 * manifests or Compose files. The manifest words come from {@link Manifests}, so that a run of
 * descriptors never loads the importer.
 */
public final class Wanted {

  private final String from;

  private Wanted(String from) {
    this.from = from;
  }

  /**
   * @param from {@code k8s} or {@code compose}, or null for descriptors
   */
  public static Wanted of(String from) {
    return new Wanted(from);
  }

  /**
   * The error for an argument (a file, a folder, standard input) that yielded no workload and no
   * problem: v1.1 makes it exit 3, so that a mistyped or empty path cannot pass a gate.
   */
  String noneFound(String source, String why) {
    if (from == null) {
      return "no descriptors found in " + source + " (" + why + ")";
    }
    return "no workloads found in "
        + source
        + ": --from "
        + from
        + " reads "
        + Manifests.lookedFor(from)
        + "; "
        + why;
  }

  /**
   * The error for a file named on the command line (or standard input) that yielded no workload and
   * no problem, with why: the documents skipped, or that there were none. An empty file and one of
   * comments alone are alike: no document, so nothing to advise (D117).
   */
  Problem nothingIn(String source, String text, int skipped, String skippedWhat) {
    String why =
        skipped > 0
            ? (skipped == 1 ? "1 document skipped: " : skipped + " documents skipped, the first: ")
                + skippedWhat
            : text.isEmpty()
                ? "it is empty"
                : from == null
                    // a descriptor file gets here only when all its documents are empty
                    ? "it holds only comments, blank lines or ---"
                    // a manifest's objects that are not workloads (a Service) are read, not skipped
                    : "none of its documents holds one";
    return Problem.ofFile(
        source,
        from == null
            ? "holds no workload ("
                + why
                + "; expected an "
                + DescriptorParser.API_VERSION
                + " "
                + DescriptorParser.KIND
                + ")"
            : "holds no workload: --from "
                + from
                + " reads "
                + Manifests.lookedFor(from)
                + "; "
                + why);
  }

  /** Why a folder yielded nothing when all it held was skipped documents. */
  String skippedWhy(int skipped) {
    return Tally.documents(skipped)
        + " skipped, "
        + (from == null ? "none an advise descriptor" : "see the notes");
  }

  /** The note for a file some of whose documents were skipped, or null when none was. */
  public String skipNote(FileOutcome outcome) {
    if (outcome.skipped() == 0) {
      return null;
    }
    String what =
        from != null
            ? ", not read by --from " + from + " ("
            : outcome.skipped() == 1
                ? ", not an advise descriptor ("
                : ", not advise descriptors (";
    return outcome.source()
        + ": skipped "
        + Tally.documents(outcome.skipped())
        + what
        + (outcome.skipped() == 1 ? "" : "first: ")
        + outcome.skippedWhat()
        + ")";
  }
}
