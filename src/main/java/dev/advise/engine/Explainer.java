package dev.advise.engine;

import dev.advise.model.Dimension;
import dev.advise.model.Substrate;
import dev.advise.rules.Policy;
import dev.advise.rules.Rule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The explain phase's numbers about the winner: its lead over the runner-up per dimension, a tie
 * and how it was broken, and how sure the advice is. Computed from the sums the score phase already
 * holds; nothing here scores again except the one re-score without disputed rules.
 */
final class Explainer {

  private static final Dimension[] DIMENSIONS = Dimension.values();

  private Explainer() {}

  /** The best substrate after the winner that is not excluded, or null. */
  static Substrate runnerUp(Evaluation e) {
    if (e.winner() == null) {
      return null;
    }
    List<Substrate> order = e.order();
    for (int i = 1; i < order.size(); i++) {
      if (!e.excluded(order.get(i))) {
        return order.get(i);
      }
    }
    return null;
  }

  /** The winner's lead over the runner-up, or null when fewer than two substrates are live. */
  static Lead lead(Evaluation e) {
    Substrate w = e.winner();
    Substrate r = runnerUp(e);
    if (r == null) {
      return null;
    }
    int[] tenths = new int[DIMENSIONS.length];
    long total = e.outcome().totalImportance;
    if (total == 0) {
      return new Lead(r, 0, tenths);
    }
    long gap = e.outcome().weighted[w.ordinal()] - e.outcome().weighted[r.ordinal()];
    int totalTenths = (int) ((20 * gap + total) / (2 * total)); // rounded half up; gap >= 0
    double fw = scale(e, w);
    double fr = scale(e, r);
    double[] share = new double[DIMENSIONS.length];
    int floors = 0;
    for (Dimension d : DIMENSIONS) {
      int i = d.ordinal();
      share[i] =
          10.0 * e.importance(d) * (e.capability(w, d) * fw - e.capability(r, d) * fr) / total;
      tenths[i] = (int) Math.floor(share[i]);
      floors += tenths[i];
    }
    // largest remainder: the rounded shares add up to the rounded lead exactly
    int left = Math.max(0, Math.min(DIMENSIONS.length, totalTenths - floors));
    boolean[] raised = new boolean[DIMENSIONS.length];
    for (int k = 0; k < left; k++) {
      int best = -1;
      for (int i = 0; i < DIMENSIONS.length; i++) {
        if (!raised[i] && (best < 0 || share[i] - tenths[i] > share[best] - tenths[best])) {
          best = i;
        }
      }
      raised[best] = true;
      tenths[best]++;
    }
    return new Lead(r, totalTenths, tenths);
  }

  /** How much a cap holds a substrate's sum below its dimensions' (1 when it does not). */
  private static double scale(Evaluation e, Substrate s) {
    long uncapped = e.uncapped(s);
    return uncapped == 0 ? 1.0 : (double) e.outcome().weighted[s.ordinal()] / uncapped;
  }

  /** Whether the winner and the runner-up have the very same exact score. */
  static boolean tied(Evaluation e, Substrate runnerUp) {
    return runnerUp != null
        && e.outcome().weighted[e.winner().ordinal()] == e.outcome().weighted[runnerUp.ordinal()];
  }

  /** How a tie between the winner and the runner-up was broken, in words. */
  static String tieBreak(Evaluation e, Substrate runnerUp) {
    Substrate w = e.winner();
    if (w == e.placement()) {
      return "tied with " + runnerUp.id() + "; " + w.id() + " first as the placement it has today";
    }
    if (TieOrder.layers(w) < TieOrder.layers(runnerUp)) {
      return "tied with " + runnerUp.id() + "; " + w.id() + " first for fewer layers";
    }
    return "tied with " + runnerUp.id() + "; " + w.id() + " first by the fixed order";
  }

  /**
   * How sure the advice is, and why, in {@code factors}: it starts from the lead (a tie is low),
   * then drops a step when disputed rules decide it, when the winner is itself held down by a cap,
   * and when enough unknown inputs could each change the winner on the scores.
   */
  static Confidence confidence(
      Evaluation e, Substrate runnerUp, Lead lead, List<WhatIf> whatIf, List<String> factors) {
    Policy policy = e.policy();
    Substrate winner = e.winner();
    if (winner == null) {
      factors.add("every substrate is excluded");
      return Confidence.LOW;
    }
    Confidence c;
    if (runnerUp == null) {
      c = Confidence.HIGH;
      factors.add("the only substrate not excluded");
    } else if (tied(e, runnerUp)) {
      c = Confidence.LOW;
      factors.add(tieBreak(e, runnerUp));
    } else {
      c =
          lead.tenths() >= 10 * policy.highMargin()
              ? Confidence.HIGH
              : lead.tenths() >= 10 * policy.mediumMargin() ? Confidence.MEDIUM : Confidence.LOW;
      factors.add("leads " + runnerUp.id() + " by " + points(lead.tenths()));
    }
    c = disputes(e, c, factors);
    if (e.capBinds(winner)) {
      for (int i = 0; i < policy.cappedWinnerLowers(); i++) {
        c = c.lower();
      }
      factors.add(
          winner.id()
              + " is capped at "
              + e.cap(winner)
              + " and wins only as the others score less");
    }
    // Hard constraints (a mandate, constrained hardware) and requirements that cap (a latency
    // budget, a vendor's support) are seldom left out by accident, so only the unknowns that would
    // change the scores, not those that would rule the winner out, count as doubt.
    Set<String> decisive = new LinkedHashSet<>();
    for (WhatIf wi : whatIf) {
      if (!wi.rulesOutWinner()) {
        decisive.add(wi.field());
      }
    }
    if (!decisive.isEmpty() && decisive.size() >= policy.decisiveUnknowns()) {
      c = c.lower();
      factors.add(decisive.size() + " unknown inputs could change the answer");
    }
    return c;
  }

  /**
   * Lowers confidence a step when fired rules that a source disputes decide the winner: without
   * them, it would lose or lead by less than the policy's disputedMargin.
   */
  private static Confidence disputes(Evaluation e, Confidence c, List<String> factors) {
    int count = 0;
    for (Rule r : e.firedRules()) {
      count += r.dispute().isPresent() ? 1 : 0;
    }
    if (count == 0) {
      return c;
    }
    int[] disputed = new int[count];
    StringBuilder names = new StringBuilder();
    int k = 0;
    ScoringTable table = e.table();
    for (int i : e.firedPositions()) {
      if (table.rule(i).disputed()) {
        disputed[k++] = i;
        names.append(names.length() == 0 ? "" : ", ").append(table.rule(i).id());
      }
    }
    Substrate winner = e.winner();
    Outcome without = new Rescorer(e).without(disputed);
    if (without.winner != winner
        || without.lead(winner) < (long) e.policy().disputedMargin() * without.totalImportance) {
      factors.add("sources disagree: " + names);
      return c.lower();
    }
    factors.add("sources disagree on " + names + ", but " + winner.id() + " leads without them");
    return c;
  }

  /** A number of points from tenths: "12.6 points", "13 points", "1 point". */
  static String points(int tenths) {
    return Lead.shown(tenths) + (tenths == 10 ? " point" : " points");
  }
}
