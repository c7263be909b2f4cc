package dev.advise.descriptor;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for near misses of field names and enum values. */
public final class Suggest {

  private Suggest() {}

  /**
   * The candidate closest to what was written, if it is close enough to be a typo: a different
   * case, or an edit distance (with transpositions) of about one in three characters.
   */
  public static Optional<String> closest(String written, Collection<String> candidates) {
    // No candidate can be suggested from further away than this. One whose length alone puts
    // it further away cannot change the answer, so its distance is not computed: a megabyte of
    // input would otherwise cost a table per candidate (SuggestTest holds this to the full
    // search).
    int reach = 1;
    for (String candidate : candidates) {
      reach = Math.max(reach, allowed(written, candidate));
    }
    String lower = written.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d;
      if (candidate.equalsIgnoreCase(written)) {
        d = 0;
      } else {
        String other = candidate.toLowerCase(Locale.ROOT);
        int lowerBound = Math.abs(lower.length() - other.length());
        if (lowerBound > reach || lowerBound >= bestDistance) {
          continue; // too far to be suggested, or cannot beat the best so far
        }
        d = distance(lower, other);
      }
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= allowed(written, best)
        ? Optional.of(best)
        : Optional.empty();
  }

  /** How far a candidate may be from what was written and still be suggested. */
  private static int allowed(String written, String candidate) {
    return Math.max(1, Math.min(written.length(), candidate.length()) / 3);
  }

  /**
   * Optimal string alignment distance: insertions, deletions, substitutions, swaps. Keeps only the
   * three rows the recurrence reads.
   */
  static int distance(String a, String b) {
    int[] before = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          current[j] = Math.min(current[j], before[j - 2] + 1);
        }
      }
      int[] spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    return previous[b.length()];
  }
}
