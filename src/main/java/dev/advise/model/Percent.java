package dev.advise.model;

import java.math.BigDecimal;
import java.util.Optional;

/** A percentage from 0 to 100, written {@code 35%} or {@code 35}; decimals are kept exactly. */
public record Percent(BigDecimal value) implements Value.Ordered {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Percent {
    value = value.stripTrailingZeros();
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("a percentage lies between 0 and 100");
    }
  }

  /** Parses {@code 99.95%} or {@code 99.95}; anything outside 0-100 is not a percentage. */
  public static Optional<Percent> parse(String text) {
    Amount a = Amount.of(text, true);
    if (a == null || !(a.unit().isEmpty() || a.unit().equals("%"))) {
      return Optional.empty();
    }
    BigDecimal v = new BigDecimal(a.number());
    return v.compareTo(HUNDRED) > 0 ? Optional.empty() : Optional.of(new Percent(v));
  }

  /**
   * Whether {@code text} is a bare number between 0 and 1 ({@code 0.85}): it could be a fraction
   * (85 %) or a percentage (0.85 %), so it is read as neither and the writer must say which.
   */
  public static boolean isBareFraction(String text) {
    Amount a = Amount.of(text, true);
    if (a == null || !a.unit().isEmpty()) {
      return false;
    }
    BigDecimal v = new BigDecimal(a.number());
    return v.signum() > 0 && v.compareTo(BigDecimal.ONE) < 0;
  }

  /** {@code text} (a bare fraction) as the percentage it would be: 0.85 is 85. */
  public static String asPercentage(String text) {
    return new BigDecimal(Amount.of(text, true).number())
        .movePointRight(2)
        .stripTrailingZeros()
        .toPlainString();
  }

  /** Whether it lies strictly between 0 and 1. */
  public boolean isFraction() {
    return value.signum() > 0 && value.compareTo(BigDecimal.ONE) < 0;
  }

  public boolean isHundred() {
    return value.compareTo(HUNDRED) == 0;
  }

  @Override
  public String display() {
    return value.toPlainString() + "%";
  }

  @Override
  public int compareWith(Ordered other) {
    return value.compareTo(((Percent) other).value);
  }

  // equals and hashCode are written out: a record's generated ones bootstrap method handles on
  // first use, which costs a short run more than all of its own comparisons.
  @Override
  public boolean equals(Object o) {
    return o instanceof Percent p && p.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
