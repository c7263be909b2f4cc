package dev.advise.engine;

import dev.advise.model.Field;
import dev.advise.model.Fields;
import dev.advise.model.Substrate;
import dev.advise.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The two answers read from what-if's alternatives ({@link WhatIfAnalysis}): which unknown inputs
 * would change the recommendation (whatIf), and the smallest change that would make each runner-up
 * win (toWin).
 */
final class WhatIfAnswers {

  private WhatIfAnswers() {}

  /** The alternatives that fill in an unknown field, with the winner they would give. */
  static List<WhatIf> whatIf(
      List<WhatIfAnalysis.Alternative> alternatives, List<Field> unknowns, Substrate winner) {
    boolean[] unknown = new boolean[Fields.count()];
    for (Field f : unknowns) {
      unknown[f.index()] = true;
    }
    List<WhatIf> out = new ArrayList<>();
    for (WhatIfAnalysis.Alternative a : alternatives) {
      Substrate other = a.outcome().winner;
      // any field left out, an unstated priority too should a rule read one (its kind is PRIORITY)
      if (a.from() == null && unknown[a.field().index()] && other != winner) {
        boolean byExclusion = winner != null && a.outcome().excluded(winner);
        boolean byCap = winner != null && a.outcome().heldOnlyByCap(winner);
        out.add(
            new WhatIf(
                a.field().path(), a.shown(), Optional.ofNullable(other), byExclusion, byCap));
      }
    }
    return out;
  }

  /**
   * For each runner-up, the smallest change that makes it win. Changes that win on the scores come
   * before ones that win by excluding or capping today's winner (an unstated requirement says
   * little); then filling in an unknown before changing what the descriptor states, a stated fact
   * before a priority, and the widest lead.
   */
  static List<ToWin> toWin(Evaluation base, List<WhatIfAnalysis.Alternative> alternatives) {
    List<ToWin> out = new ArrayList<>();
    for (Substrate s : base.order()) {
      if (s == base.winner() || base.excluded(s)) {
        continue;
      }
      WhatIfAnalysis.Alternative best = null;
      for (WhatIfAnalysis.Alternative a : alternatives) {
        if (a.outcome().winner == s && (best == null || smaller(base, s, a, best))) {
          best = a;
        }
      }
      if (best != null) {
        boolean byExclusion = base.winner() != null && best.outcome().excluded(base.winner());
        boolean byCap = base.winner() != null && best.outcome().heldOnlyByCap(base.winner());
        out.add(
            new ToWin(
                s,
                best.field().path(),
                Optional.ofNullable(best.from()).map(Value::display),
                best.shown(),
                best.outcome().score(s),
                best.kind(),
                byExclusion,
                byCap));
      }
    }
    return out;
  }

  /**
   * Whether {@code a} is a smaller change than {@code b} for {@code s} to win: not by ruling out
   * today's winner, then by kind, then by the wider lead, then by field order. On a full tie the
   * earlier alternative stays.
   */
  private static boolean smaller(
      Evaluation base, Substrate s, WhatIfAnalysis.Alternative a, WhatIfAnalysis.Alternative b) {
    boolean aExcludes = base.winner() != null && a.outcome().ruledOut(base.winner());
    boolean bExcludes = base.winner() != null && b.outcome().ruledOut(base.winner());
    if (aExcludes != bExcludes) {
      return !aExcludes;
    }
    if (a.kind() != b.kind()) {
      return a.kind().compareTo(b.kind()) < 0;
    }
    long aLead = a.outcome().lead(s);
    long bLead = b.outcome().lead(s);
    if (aLead != bLead) {
      return aLead > bLead;
    }
    return a.field().index() < b.field().index();
  }
}
