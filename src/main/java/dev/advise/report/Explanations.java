package dev.advise.report;

import dev.advise.descriptor.Quote;
import dev.advise.engine.Advice;
import dev.advise.engine.Lead;
import dev.advise.engine.ToWin;
import dev.advise.model.Dimension;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences the table and Markdown formats use to say why the winner leads and what would
 * change it.
 */
final class Explanations {

  private static final int AHEAD_SHOWN = 3;
  private static final int BEHIND_SHOWN = 2;

  private Explanations() {}

  /**
   * Why the winner is ahead, from its lead's shares: "Ahead of vm by 12.6: licensing +8.4 and
   * density +6.1; behind on operations -1.5". Shares under a tenth of a point are left out. Every
   * number reads as the header's lead does ({@link Lead#shown}: "13", not "13.0").
   */
  static String why(Advice advice, Lead lead) {
    List<Dimension> ahead = new ArrayList<>();
    List<Dimension> behind = new ArrayList<>();
    for (Dimension d : Dimension.all()) {
      if (lead.tenths(d) > 0) {
        ahead.add(d);
      } else if (lead.tenths(d) < 0) {
        behind.add(d);
      }
    }
    ahead.sort((a, b) -> Integer.compare(lead.tenths(b), lead.tenths(a)));
    behind.sort((a, b) -> Integer.compare(lead.tenths(a), lead.tenths(b)));
    StringBuilder sb =
        new StringBuilder(
            lead.tenths() == 0
                ? "Level with " + lead.over().id() + " on score"
                : "Ahead of " + lead.over().id() + " by " + Lead.shown(lead.tenths()));
    if (ahead.isEmpty() && behind.isEmpty()) {
      return sb.append(", in every dimension").toString();
    }
    if (!ahead.isEmpty()) {
      sb.append(lead.tenths() == 0 ? ", ahead on " : ": ").append(list(lead, ahead, AHEAD_SHOWN));
    }
    if (!behind.isEmpty()) {
      sb.append(ahead.isEmpty() ? ", " : "; ")
          .append("behind on ")
          .append(list(lead, behind, BEHIND_SHOWN));
    }
    return sb.toString();
  }

  private static String list(Lead lead, List<Dimension> dims, int most) {
    List<String> parts = new ArrayList<>();
    for (Dimension d : dims.subList(0, Math.min(most, dims.size()))) {
      parts.add(d.id() + " " + (lead.tenths(d) > 0 ? "+" : "") + Lead.shown(lead.tenths(d)));
    }
    if (dims.size() > most) {
      parts.add((dims.size() - most) + " more");
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }

  /**
   * What would have to be true for a runner-up to lead, never phrased as a change to make:
   * "bare-metal would lead if licensing.model were per-physical-core (stated: open-source)".
   */
  static String wouldLead(ToWin t) {
    String now =
        switch (t.kind()) {
          case UNKNOWN -> "not stated";
          case FACT -> "stated: " + Quote.escaped(t.from().orElse(""));
          case PRIORITY -> t.from().map(f -> "now " + Quote.escaped(f)).orElse("not stated");
        };
    return t.substrate().id()
        + " would lead if "
        + t.field()
        + " were "
        + Quote.escaped(t.to())
        + " ("
        + now
        + "), scoring "
        + t.score();
  }
}
