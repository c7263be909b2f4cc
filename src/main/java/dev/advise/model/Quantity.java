package dev.advise.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An amount of a resource in its base unit: bytes for memory, millicores for CPU. Two quantities
 * compare only when they are of the same kind.
 */
public record Quantity(long base, Kind kind) implements Value.Ordered {

  /** What a quantity measures. */
  public enum Kind {
    BYTES,
    MILLICORES
  }

  public Quantity {
    if (base < 0) {
      throw new IllegalArgumentException("a quantity is never negative");
    }
  }

  /** Parses memory such as {@code 16Gi}, {@code 512M} or a plain number of bytes. */
  public static Optional<Quantity> parseMemory(String text) {
    Amount a = Amount.of(text, true);
    if (a == null) {
      return Optional.empty();
    }
    long factor =
        switch (a.unit()) {
          case "" -> 1L;
          case "Ki" -> 1L << 10;
          case "Mi" -> 1L << 20;
          case "Gi" -> 1L << 30;
          case "Ti" -> 1L << 40;
          case "K" -> 1_000L;
          case "M" -> 1_000_000L;
          case "G" -> 1_000_000_000L;
          case "T" -> 1_000_000_000_000L;
          default -> 0L; // not a unit
        };
    if (factor == 0) {
      return Optional.empty();
    }
    return whole(new BigDecimal(a.number()).multiply(BigDecimal.valueOf(factor)), Kind.BYTES);
  }

  /** Parses CPU as cores ({@code 4}, {@code 0.5}) or millicores ({@code 500m}). */
  public static Optional<Quantity> parseCpu(String text) {
    Amount a = Amount.of(text, false);
    if (a == null || !(a.unit().isEmpty() || a.unit().equals("m"))) {
      return Optional.empty();
    }
    BigDecimal amount = new BigDecimal(a.number());
    BigDecimal millicores = a.unit().isEmpty() ? amount.multiply(BigDecimal.valueOf(1000)) : amount;
    return whole(millicores, Kind.MILLICORES);
  }

  private static Optional<Quantity> whole(BigDecimal amount, Kind kind) {
    if (amount.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return Optional.empty();
    }
    return Optional.of(new Quantity(amount.longValue(), kind));
  }

  @Override
  public String display() {
    if (kind == Kind.MILLICORES) {
      return base % 1000 == 0 ? Long.toString(base / 1000) : base + "m";
    }
    String[] suffixes = {"Ti", "Gi", "Mi", "Ki"};
    int[] shifts = {40, 30, 20, 10};
    for (int i = 0; i < suffixes.length; i++) {
      long unit = 1L << shifts[i];
      if (base >= unit && base % unit == 0) {
        return base / unit + suffixes[i];
      }
    }
    return Long.toString(base);
  }

  @Override
  public int compareWith(Ordered other) {
    return Long.compare(base, ((Quantity) other).base);
  }

  // equals and hashCode are written out: a record's generated ones bootstrap method handles on
  // first use, which costs a short run more than all of its own comparisons.
  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity q && q.base == base && q.kind == kind;
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(base) + kind.hashCode();
  }
}
