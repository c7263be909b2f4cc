package dev.advise.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A length of time with nanosecond precision, written with a unit: 250ns, 50us, 50µs, 2ms, 1.5s.
 */
public record Duration(long nanos) implements Value.Ordered {

  public Duration {
    if (nanos < 0) {
      throw new IllegalArgumentException("a duration is never negative");
    }
  }

  /** Parses text such as {@code 50us}; a bare number has no unit and is not a duration. */
  public static Optional<Duration> parse(String text) {
    Amount a = Amount.of(text, true);
    if (a == null) {
      return Optional.empty();
    }
    long perUnit =
        switch (a.unit()) {
          case "ns" -> 1L;
          case "us", "µs" -> 1_000L;
          case "ms" -> 1_000_000L;
          case "s" -> 1_000_000_000L;
          default -> 0L; // no unit, or not one of these
        };
    if (perUnit == 0) {
      return Optional.empty();
    }
    BigDecimal nanos = new BigDecimal(a.number()).multiply(BigDecimal.valueOf(perUnit));
    if (nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return Optional.empty();
    }
    return Optional.of(new Duration(nanos.longValue()));
  }

  @Override
  public String display() {
    long[] units = {1_000_000_000L, 1_000_000L, 1_000L};
    String[] names = {"s", "ms", "us"};
    int[] digits = {9, 6, 3};
    for (int i = 0; i < units.length; i++) {
      if (nanos >= units[i]) {
        long rest = nanos % units[i];
        StringBuilder sb = new StringBuilder().append(nanos / units[i]);
        if (rest != 0) {
          // The remainder as a decimal fraction: zero-padded to the unit's digits, trailing zeros
          // dropped.
          String fraction = Long.toString(rest);
          sb.append('.').append("0".repeat(digits[i] - fraction.length()));
          int end = fraction.length();
          while (fraction.charAt(end - 1) == '0') {
            end--;
          }
          sb.append(fraction, 0, end);
        }
        return sb.append(names[i]).toString();
      }
    }
    return nanos + "ns";
  }

  @Override
  public int compareWith(Ordered other) {
    return Long.compare(nanos, ((Duration) other).nanos);
  }

  // equals and hashCode are written out: a record's generated ones bootstrap method handles on
  // first use, which costs a short run more than all of its own comparisons.
  @Override
  public boolean equals(Object o) {
    return o instanceof Duration d && d.nanos == nanos;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(nanos);
  }
}
