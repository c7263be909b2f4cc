package dev.advise.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Resource amounts as manifests write them: Kubernetes quantities ({@code 500m}, {@code 1.5},
 * {@code 128Mi}, {@code 1e3}, {@code 2G}) and Docker's memory sizes ({@code 512m}, {@code 1gb},
 * binary units whatever the case). Each answer is null when the text is not such an amount (an
 * unresolved {@code ${VAR}}, a typo): the importer then infers nothing from it.
 */
final class Amounts {

  private Amounts() {}

  /** A Kubernetes quantity's value in its base unit (cores, bytes, devices). */
  static BigDecimal kubernetes(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    int end = t.length();
    while (end > 0 && Character.isLetter(t.charAt(end - 1))) {
      end--;
    }
    String suffix = t.substring(end);
    String number = t.substring(0, end);
    BigDecimal factor =
        switch (suffix) {
          case "" -> BigDecimal.ONE;
          case "n" -> new BigDecimal("1e-9");
          case "u" -> new BigDecimal("1e-6");
          case "m" -> new BigDecimal("1e-3");
          case "k" -> BigDecimal.valueOf(1000L);
          case "M" -> BigDecimal.valueOf(1000_000L);
          case "G" -> BigDecimal.valueOf(1000_000_000L);
          case "T" -> new BigDecimal("1e12");
          case "P" -> new BigDecimal("1e15");
          case "E" -> new BigDecimal("1e18");
          case "Ki" -> BigDecimal.valueOf(1L << 10);
          case "Mi" -> BigDecimal.valueOf(1L << 20);
          case "Gi" -> BigDecimal.valueOf(1L << 30);
          case "Ti" -> BigDecimal.valueOf(1L << 40);
          case "Pi" -> BigDecimal.valueOf(1L << 50);
          case "Ei" -> BigDecimal.valueOf(1L << 60);
          default -> null;
        };
    if (factor == null) {
      // "1e3": the exponent form ends in digits, so it is all in number already
      return null;
    }
    BigDecimal n = number(number);
    return n == null ? null : n.multiply(factor);
  }

  /** Docker's memory size in bytes: a number and an optional k, m, g, t or p (powers of 1024). */
  static BigDecimal dockerMemory(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.endsWith("ib")) {
      t = t.substring(0, t.length() - 2);
    } else if (t.endsWith("b")) {
      t = t.substring(0, t.length() - 1);
    }
    int shift = 0;
    if (!t.isEmpty()) {
      shift =
          switch (t.charAt(t.length() - 1)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            case 't' -> 40;
            case 'p' -> 50;
            default -> 0;
          };
    }
    if (shift > 0) {
      t = t.substring(0, t.length() - 1).trim();
    }
    BigDecimal n = number(t);
    return n == null ? null : n.multiply(BigDecimal.valueOf(2).pow(shift));
  }

  /** A plain decimal number, with an optional exponent, not negative; else null. */
  static BigDecimal number(String text) {
    if (text == null || text.isEmpty() || text.length() > 30) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) {
        return null;
      }
    }
    try {
      BigDecimal n = new BigDecimal(text);
      return n.signum() < 0 || n.abs().compareTo(new BigDecimal("1e18")) > 0 ? null : n;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Cores as the descriptor writes them: whole cores, or millicores rounded up as the kubelet does.
   */
  static String cpu(BigDecimal cores) {
    BigDecimal milli = cores.multiply(BigDecimal.valueOf(1000)).setScale(0, RoundingMode.CEILING);
    long m = milli.longValueExact();
    return m % 1000 == 0 ? Long.toString(m / 1000) : m + "m";
  }

  /** Bytes as the descriptor writes them: the largest binary unit that divides them, else bytes. */
  static String memory(BigDecimal bytes) {
    long b = bytes.setScale(0, RoundingMode.CEILING).longValueExact();
    String[] suffixes = {"Ti", "Gi", "Mi", "Ki"};
    int[] shifts = {40, 30, 20, 10};
    for (int i = 0; i < suffixes.length; i++) {
      long unit = 1L << shifts[i];
      if (b >= unit && b % unit == 0) {
        return b / unit + suffixes[i];
      }
    }
    long[] decimal = {1_000_000_000_000L, 1_000_000_000L, 1_000_000L, 1000L};
    String[] names = {"T", "G", "M", "K"};
    for (int i = 0; i < decimal.length; i++) {
      if (b >= decimal[i] && b % decimal[i] == 0) {
        return b / decimal[i] + names[i];
      }
    }
    return Long.toString(b);
  }

  /** A whole count of devices, or -1 when the text is not one. */
  static long count(String text) {
    BigDecimal n = kubernetes(text);
    if (n == null || n.scale() > 0 && n.stripTrailingZeros().scale() > 0) {
      return -1;
    }
    try {
      return n.longValueExact();
    } catch (ArithmeticException e) {
      return -1;
    }
  }
}
