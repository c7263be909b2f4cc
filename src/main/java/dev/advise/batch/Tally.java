package dev.advise.batch;

import dev.advise.descriptor.Problem;
import dev.advise.engine.Confidence;
import dev.advise.model.Substrate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The running totals of a batch, added to as each file's outcome passes: counts only, plus the
 * problems and warnings (which the JSON envelope lists after all results). Results themselves are
 * not kept.
 */
public final class Tally {

  private final boolean checking;
  private int files;
  private int workloads;
  private int none;
  private int passed;
  private int failed;
  private int excepted;
  private int unchecked;
  private int skipped;
  private final Map<Substrate, Integer> recommendations = new EnumMap<>(Substrate.class);
  private final Map<Confidence, Integer> confidence = new EnumMap<>(Confidence.class);
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();

  public Tally(boolean checking) {
    this.checking = checking;
  }

  public void add(FileOutcome outcome) {
    files++;
    skipped += outcome.skipped();
    problems.addAll(outcome.problems());
    warnings.addAll(outcome.warnings());
    for (Advised a : outcome.results()) {
      workloads++;
      Optional<Substrate> r = a.advice().recommendation();
      if (r.isPresent()) {
        recommendations.merge(r.get(), 1, Integer::sum);
      } else {
        none++;
      }
      confidence.merge(a.advice().confidence(), 1, Integer::sum);
      if (checking) {
        a.check()
            .ifPresentOrElse(
                c -> {
                  if (c.excepted()) {
                    excepted++;
                  } else if (c.passed()) {
                    passed++;
                  } else {
                    failed++;
                  }
                },
                () -> unchecked++);
      }
    }
  }

  public boolean checking() {
    return checking;
  }

  public int files() {
    return files;
  }

  public int workloads() {
    return workloads;
  }

  /** Workloads for which every substrate was excluded. */
  public int withoutRecommendation() {
    return none;
  }

  public int passed() {
    return passed;
  }

  public int failed() {
    return failed;
  }

  /** Placements that fail the advice but are covered by an unexpired exception (not failures). */
  public int excepted() {
    return excepted;
  }

  public int unchecked() {
    return unchecked;
  }

  /** Documents found in folders that were not advise descriptors, left alone. */
  public int skipped() {
    return skipped;
  }

  /** "1 document", "3 documents". */
  public static String documents(int n) {
    return n + (n == 1 ? " document" : " documents");
  }

  /** Count per recommended substrate, in the substrates' order, leaving out zeros. */
  public Map<Substrate, Integer> recommendations() {
    return Collections.unmodifiableMap(new EnumMap<>(recommendations));
  }

  /** Count per confidence level, in the levels' order, leaving out zeros. */
  public Map<Confidence, Integer> confidence() {
    return Collections.unmodifiableMap(new EnumMap<>(confidence));
  }

  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** Notes that change no exit code (the JSON envelope lists them beside the errors). */
  public List<Problem> warnings() {
    return List.copyOf(warnings);
  }
}
