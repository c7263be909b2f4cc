package dev.advise.descriptor;

/**
 * How many problems one file may keep. A file can hold a million bad documents (or keys), and
 * keeping a located problem for each took gigabytes and then minutes to print; past the budget only
 * their number is kept, and the file ends with one problem that says how many more there were,
 * placed where the first of them is.
 */
public final class ProblemBudget {

  /** The problems kept per descriptor file. */
  public static final int PER_FILE = 100;

  private final int max;
  private int kept;
  private long dropped;
  private Problem firstDropped;

  public ProblemBudget(int max) {
    this.max = max;
  }

  /** A budget that keeps everything (rule files: they are few and read once). */
  public static ProblemBudget unlimited() {
    return new ProblemBudget(Integer.MAX_VALUE);
  }

  /** Whether {@code problem} may be kept; if not, it is only counted. */
  boolean take(Problem problem) {
    if (kept < max) {
      kept++;
      return true;
    }
    if (dropped++ == 0) {
      firstDropped = problem;
    }
    return false;
  }

  /** The problem that stands for the ones not kept, or null when all were kept. */
  Problem rest() {
    if (dropped == 0) {
      return null;
    }
    Problem at = firstDropped;
    return new Problem(
        at.source(),
        at.document(),
        at.line(),
        at.column(),
        "",
        "... and " + dropped + " more error" + (dropped == 1 ? "" : "s") + " in this file");
  }
}
