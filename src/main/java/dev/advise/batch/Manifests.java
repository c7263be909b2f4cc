package dev.advise.batch;

import dev.advise.descriptor.Limits;
import dev.advise.descriptor.ParsedDocument;
import dev.advise.importer.Importer;
import java.util.List;

/**
 * Manifests advised directly ({@code --from k8s|compose}): each workload's draft read back as a
 * descriptor, located at the manifest's lines. A class of its own so that advising descriptors
 * never loads the importer.
 */
final class Manifests {

  private Manifests() {}

  static List<ParsedDocument> parse(String from, String source, String text, Limits limits) {
    return Importer.advisable(format(from), source, text, limits);
  }

  /** What {@code --from} looks for, in the words of the error when an input holds none. */
  static String lookedFor(String from) {
    return Importer.lookedFor(format(from));
  }

  private static Importer.Format format(String from) {
    return Importer.Format.byId(from)
        .orElseThrow(() -> new IllegalArgumentException("not a manifest format: " + from));
  }
}
