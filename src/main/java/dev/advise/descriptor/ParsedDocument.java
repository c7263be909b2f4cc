package dev.advise.descriptor;

import dev.advise.model.Workload;
import java.util.List;
import java.util.Map;

/** What one YAML document of a file became: a workload, or the problems that stopped it. */
public sealed interface ParsedDocument {

  /** The 1-based position of the document in its file. */
  int document();

  /**
   * A workload, with where each of its fields stands in the file (keyed by path below {@code spec},
   * e.g. {@code placement}; {@code ""} is the document itself), so reports can point at a line.
   */
  record Valid(int document, Workload workload, Map<String, Position> positions)
      implements ParsedDocument {
    public Valid {
      positions = Map.copyOf(positions);
    }

    /** Where a field is written, or where the document starts when it is not written. */
    public Position position(String path) {
      return positions.getOrDefault(path, positions.get(""));
    }
  }

  /** A 1-based line and column. */
  record Position(int line, int column) {}

  /**
   * A document in a folder that is not an advise descriptor (a Kubernetes manifest, a CI workflow):
   * left alone, not an error. {@code what} says why, for the note on stderr.
   */
  record Skipped(int document, String what) implements ParsedDocument {}

  record Invalid(int document, List<Problem> problems) implements ParsedDocument {
    public Invalid {
      problems = List.copyOf(problems);
    }
  }
}
