package dev.advise.engine;

import dev.advise.model.Dimension;
import dev.advise.model.Substrate;
import java.util.Arrays;

/**
 * Why the winner is ahead of the runner-up: the difference of their exact scores in tenths of a
 * point, and each dimension's share of it (importance times the capability difference, over the
 * total importance). The shares are rounded to tenths so that they add up to the total exactly
 * (largest remainder), and a capped substrate's dimensions are scaled down with its sum, so the
 * shares explain the capped scores that decided.
 *
 * @param over the runner-up
 * @param tenths the winner's lead in tenths of a score point (0 on a tie)
 * @param byDimension per dimension ordinal, that dimension's share in tenths of a point
 */
public record Lead(Substrate over, int tenths, int[] byDimension) {

  public Lead {
    byDimension = byDimension.clone();
  }

  /** The lead in points, e.g. 12.6. */
  public double points() {
    return tenths / 10.0;
  }

  /** A dimension's share of the lead in tenths of a point (negative: the runner-up is ahead). */
  public int tenths(Dimension d) {
    return byDimension[d.ordinal()];
  }

  /** Tenths of a point as text with one decimal, e.g. 126 as "12.6" and -3 as "-0.3". */
  public static String decimal(int tenths) {
    String sign = tenths < 0 ? "-" : "";
    int abs = Math.abs(tenths);
    return sign + abs / 10 + "." + abs % 10;
  }

  /**
   * Tenths of a point as a person reads them, the one way every text output shows a lead: a whole
   * number without a decimal ("13", not "13.0"), else one decimal ("12.6", "-0.3"). JSON keeps
   * {@link #decimal}'s fixed decimal for its numbers.
   */
  public static String shown(int tenths) {
    return tenths % 10 == 0 ? Integer.toString(tenths / 10) : decimal(tenths);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Lead l
        && over == l.over
        && tenths == l.tenths
        && Arrays.equals(byDimension, l.byDimension);
  }

  @Override
  public int hashCode() {
    return (over.hashCode() * 31 + tenths) * 31 + Arrays.hashCode(byDimension);
  }

  @Override
  public String toString() {
    return "Lead[over="
        + over.id()
        + ", tenths="
        + tenths
        + ", byDimension="
        + Arrays.toString(byDimension)
        + "]";
  }
}
