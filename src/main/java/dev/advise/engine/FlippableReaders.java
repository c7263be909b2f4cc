package dev.advise.engine;

import dev.advise.model.Field;
import java.util.Arrays;

/**
 * For one workload's what-if: which of a field's readers some value of the field could flip. In
 * three-valued logic a condition that comes out true or false with the field absent (unknown) comes
 * out the same whatever value the field takes, since giving a comparison a value only decides what
 * was unknown; so only the readers still unknown without the field can start or stop. The one
 * exception is {@code exists}, which an absent field decides: a reader that asks it is always
 * counted. For a field the descriptor leaves out, the base's truths are already those without it;
 * for a stated one each reader is tested once with the field taken away. Scratch space of one
 * workload's search, reused from field to field.
 */
final class FlippableReaders {

  private final Evaluation base;
  private final Overlay overlay;

  /** [rule index]: whether the field last marked could flip it; false for every other rule. */
  private final boolean[] mayFlip;

  /** The rules marked, ascending, in the first {@code count} places. */
  private final int[] marked;

  private int count;

  FlippableReaders(Evaluation base, Overlay overlay) {
    this.base = base;
    this.overlay = overlay;
    this.mayFlip = new boolean[base.table().ruleCount()];
    this.marked = new int[mayFlip.length];
  }

  /**
   * Marks the readers of {@code field} (at {@code reading}) that some value of it could flip: a
   * rule that other fields decide, or that stays unknown for want of another field whatever this
   * one is, cannot flip, and need not be re-tested or counted in the bound.
   */
  void mark(Field field, int[] reading) {
    for (int k = 0; k < count; k++) {
      mayFlip[marked[k]] = false;
    }
    count = 0;
    ScoringTable table = base.table();
    Overlay spec = overlay.without(field); // the other fields as the descriptor has them
    for (int i : reading) {
      if (table.rule(i).mayFlip(spec, field, base.fires(i))) {
        mayFlip[i] = true;
        marked[count++] = i;
      }
    }
  }

  /** How many readers of the field last marked could flip. */
  int count() {
    return count;
  }

  /** [rule index]: whether the field last marked could flip it. */
  boolean[] mayFlip() {
    return mayFlip;
  }

  /** The indices of the rules marked, ascending: the only ones a change of the field can flip. */
  int[] readers() {
    return Arrays.copyOf(marked, count);
  }
}
