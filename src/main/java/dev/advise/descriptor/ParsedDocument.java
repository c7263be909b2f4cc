package dev.advise.descriptor;

import dev.advise.model.Workload;
import java.util.List;

/** What one YAML document of a file became: a workload, or the problems that stopped it. */
public sealed interface ParsedDocument {

  /** The 1-based position of the document in its file. */
  int document();

  record Valid(int document, Workload workload) implements ParsedDocument {}

  record Invalid(int document, List<Problem> problems) implements ParsedDocument {
    public Invalid {
      problems = List.copyOf(problems);
    }
  }
}
