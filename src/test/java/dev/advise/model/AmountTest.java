package dev.advise.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Durations, quantities and percentages are scanned by hand ({@link Amount}); here the patterns
 * they were first read with are the oracle, on listed and random text.
 */
class AmountTest {

  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|µs|ms|s)");
  private static final Pattern MEMORY =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(Ki|Mi|Gi|Ti|K|M|G|T)?");
  private static final Pattern CPU = Pattern.compile("(\\d+(?:\\.\\d+)?)(m)?");
  private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%?");

  private static final String[] LISTED = {
    "",
    " ",
    "5",
    "5us",
    "5 us",
    "5µs",
    "50ms",
    "1.5s",
    "1.s",
    ".5s",
    "1..5s",
    "2 ms ",
    "\t2ms\n",
    "5ns",
    "5 s",
    "5S",
    "-5ms",
    "5m",
    "5min",
    "16Gi",
    "16 Gi",
    "512M",
    "2G",
    "1Ti",
    "1T",
    "1KiB",
    "0.5",
    "500m",
    "500 m",
    "4",
    "4.0m",
    "35%",
    "35 %",
    "35",
    "100%",
    "100.0001%",
    "99.999%",
    "1e3",
    "0x10",
    "\u0661ms",
    "5\u00A0ms",
    "5\u000Bms",
    "99999999999999999999s",
    "9223372036854775807",
    "9223372036854775808",
    "18446744073709551616Ti",
    "007ms",
    "1.50%"
  };

  @Test
  void listedTextReadsAsThePatternsReadIt() {
    for (String s : LISTED) {
      assertAgree(s);
    }
  }

  @Test
  void randomTextReadsAsThePatternsReadIt() {
    Random random = new Random(11);
    String[] pieces = {
      "0", "1", "5", "9", "12", ".", " ", "\t", "m", "s", "n", "u", "µ", "%", "K", "Ki", "Mi", "G",
      "T", "i", "-", "x", "min", "\u00A0"
    };
    int durations = 0;
    for (int i = 0; i < 30_000; i++) {
      // most start with a number, so that the accepting side is well exercised
      StringBuilder sb =
          new StringBuilder(random.nextInt(10) < 7 ? String.valueOf(random.nextInt(1000)) : "");
      for (int n = random.nextInt(4); n > 0; n--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      assertAgree(sb.toString());
      durations += Duration.parse(sb.toString()).isPresent() ? 1 : 0;
    }
    assertThat(durations).isGreaterThan(200); // the accepting side is exercised too
  }

  private static void assertAgree(String s) {
    assertThat(Duration.parse(s))
        .as("duration %s", s)
        .isEqualTo(byPattern(DURATION, s, AmountTest::duration));
    assertThat(Quantity.parseMemory(s))
        .as("memory %s", s)
        .isEqualTo(byPattern(MEMORY, s, AmountTest::memory));
    assertThat(Quantity.parseCpu(s)).as("cpu %s", s).isEqualTo(byPattern(CPU, s, AmountTest::cpu));
    assertThat(Percent.parse(s))
        .as("percent %s", s)
        .isEqualTo(byPattern(PERCENT, s, AmountTest::percent));
  }

  private static <T> Optional<T> byPattern(
      Pattern p, String s, Function<Matcher, Optional<T>> read) {
    Matcher m = p.matcher(s.trim());
    return m.matches() ? read.apply(m) : Optional.empty();
  }

  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private static Optional<Duration> duration(Matcher m) {
    long perUnit =
        switch (m.group(2)) {
          case "ns" -> 1L;
          case "us", "µs" -> 1_000L;
          case "ms" -> 1_000_000L;
          default -> 1_000_000_000L;
        };
    BigDecimal nanos = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(perUnit));
    return nanos.compareTo(LONG_MAX) > 0
        ? Optional.empty()
        : Optional.of(new Duration(nanos.longValue()));
  }

  private static Optional<Quantity> memory(Matcher m) {
    long factor =
        m.group(2) == null
            ? 1L
            : switch (m.group(2)) {
              case "Ki" -> 1L << 10;
              case "Mi" -> 1L << 20;
              case "Gi" -> 1L << 30;
              case "Ti" -> 1L << 40;
              case "K" -> 1_000L;
              case "M" -> 1_000_000L;
              case "G" -> 1_000_000_000L;
              default -> 1_000_000_000_000L;
            };
    return whole(
        new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(factor)), Quantity.Kind.BYTES);
  }

  private static Optional<Quantity> cpu(Matcher m) {
    BigDecimal amount = new BigDecimal(m.group(1));
    return whole(
        m.group(2) == null ? amount.multiply(BigDecimal.valueOf(1000)) : amount,
        Quantity.Kind.MILLICORES);
  }

  private static Optional<Quantity> whole(BigDecimal amount, Quantity.Kind kind) {
    return amount.compareTo(LONG_MAX) > 0
        ? Optional.empty()
        : Optional.of(new Quantity(amount.longValue(), kind));
  }

  private static Optional<Percent> percent(Matcher m) {
    BigDecimal v = new BigDecimal(m.group(1));
    return v.compareTo(BigDecimal.valueOf(100)) > 0
        ? Optional.empty()
        : Optional.of(new Percent(v));
  }
}
