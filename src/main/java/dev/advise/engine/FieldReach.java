package dev.advise.engine;

import dev.advise.model.Dimension;
import dev.advise.model.Field;
import dev.advise.model.Substrate;
import dev.advise.rules.Rule;
import java.util.Arrays;
import java.util.List;

/**
 * Whether changing one field alone could change a workload's winner, proved from how far the rules
 * that read the field can move the scores: enough, for most fields of most workloads, to show that
 * no value of the field can, so what-if need not try them (D23, D85).
 */
final class FieldReach {

  private static final int SUBSTRATES = Substrate.values().length;

  /** [field catalogue index]: the indices of the rules that read it, ascending. */
  private final int[][] readers;

  /** [field catalogue index][k]: the k-th dimension its readers move, and those readers. */
  private final int[][] dimensionsMoved;

  private final int[][][] readersMoving;

  FieldReach(int[][] readers, List<Rule> rules) {
    this.readers = readers;
    this.dimensionsMoved = new int[readers.length][];
    this.readersMoving = new int[readers.length][][];
    int[] count = new int[Dimension.values().length];
    for (int f = 0; f < readers.length; f++) {
      Arrays.fill(count, 0);
      int moved = 0;
      for (int i : readers[f]) {
        moved += count[rules.get(i).dimension().ordinal()]++ == 0 ? 1 : 0;
      }
      dimensionsMoved[f] = new int[moved];
      readersMoving[f] = new int[moved][];
      int k = 0;
      for (int d = 0; d < count.length; d++) {
        if (count[d] > 0) {
          dimensionsMoved[f][k] = d;
          readersMoving[f][k++] = new int[count[d]];
          count[d] = 0; // now how many of its readers are placed
        }
      }
      for (int i : readers[f]) {
        int d = rules.get(i).dimension().ordinal();
        int at = Arrays.binarySearch(dimensionsMoved[f], d);
        readersMoving[f][at][count[d]++] = i;
      }
    }
  }

  /**
   * Whether changing {@code field} alone could change the winner. A change only starts or stops
   * rules that read the field and that {@code mayFlip} marks ({@link FlippableReaders}; the other
   * readers stay as they are, like every other rule), each at most once, so whatever value the
   * field takes, every sum stays within its {@link FlipRange} ({@code range}, reset here). The
   * winner w stays when, for every substrate s that can be in the running afterwards, w's weighted
   * sum is still certainly above s's (a tie could go either way, so it counts as a change).
   *
   * <p>Exclusions: a reader that does not fire today and excludes w could start (a change); a
   * substrate excluded today stays out unless a reader that fires today excludes it (it could
   * stop). Caps: a sum is min(uncapped, cap x total). The capping rules that fire today and do not
   * read the field keep firing, so s's cap is at most theirs; w's cap is at least the least of
   * theirs and of every marked reader's. See {@link #leastLead}.
   */
  boolean couldChangeWinner(Field field, Evaluation base, boolean[] mayFlip, FlipRange range) {
    int[] reading = readers[field.index()];
    ScoringTable table = base.table();
    Substrate winner = base.winner();
    if (winner == null) {
      return letsOneBackIn(reading, mayFlip, base); // every substrate is excluded today
    }
    int w = winner.ordinal();
    range.reset(base, w);
    boolean[] mayReturn = range.mayReturn();
    for (int i : reading) {
      CompiledRule rule = table.rule(i);
      if (mayFlip[i] && rule.excludesAny()) {
        boolean fires = base.fires(i);
        if (!fires && rule.excludes(w)) {
          return true;
        }
        for (int s = 0; s < SUBSTRATES; s++) {
          mayReturn[s] |= fires && rule.excludes(s);
        }
      }
    }
    int f = field.index();
    for (int k = 0; k < dimensionsMoved[f].length; k++) {
      range.addDimension(dimensionsMoved[f][k], readersMoving[f][k], mayFlip);
    }
    // caps: at most those kept by the capping rules that stay as they are; for w, at least the
    // least of those and of every reader's
    int[] mostCap = range.mostCap();
    int leastWinnerCap = CompiledRule.NO_CAP;
    for (int i : table.cappingRules()) {
      CompiledRule rule = table.rule(i);
      if (mayFlip[i]) {
        leastWinnerCap = Math.min(leastWinnerCap, rule.capOn(w));
      } else if (base.fires(i)) {
        for (int s = 0; s < SUBSTRATES; s++) {
          mostCap[s] = Math.min(mostCap[s], rule.capOn(s));
        }
      }
    }
    leastWinnerCap = Math.min(leastWinnerCap, mostCap[w]);
    for (int s = 0; s < SUBSTRATES; s++) {
      if (s == w || (base.outcome().excluded[s] && !mayReturn[s])) {
        continue;
      }
      if (leastLead(range, s, leastWinnerCap, mostCap[s]) <= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The least w's weighted sum can exceed s's by. With W = min(Uw, cap_w x T) and S <= min(Us,
   * cap_s x T), W - S is at least min(Uw - Us, cap_w x T - S) (the uncapped lead bounded directly,
   * both sides together), and at least W's least less S's most.
   */
  private static long leastLead(FlipRange range, int s, int leastWinnerCap, int mostOtherCap) {
    long mostOther = range.mostUncapped(s);
    if (mostOtherCap < CompiledRule.NO_CAP) {
      mostOther = Math.min(mostOther, mostOtherCap * range.mostTotal());
    }
    long uncappedLead = range.leastUncappedLead(s);
    if (leastWinnerCap >= CompiledRule.NO_CAP) {
      return Math.max(uncappedLead, range.leastWinnerUncapped() - mostOther);
    }
    long leastCappedWinner = leastWinnerCap * range.leastTotal();
    long leastWinner = Math.min(range.leastWinnerUncapped(), leastCappedWinner);
    return Math.max(Math.min(uncappedLead, leastCappedWinner - mostOther), leastWinner - mostOther);
  }

  /** Whether a reader that fires today excludes some substrate (stopping, it could let it back). */
  private static boolean letsOneBackIn(int[] reading, boolean[] mayFlip, Evaluation base) {
    for (int i : reading) {
      if (mayFlip[i] && base.fires(i) && base.table().rule(i).excludesAny()) {
        return true;
      }
    }
    return false;
  }
}
