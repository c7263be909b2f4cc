package dev.advise.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

  @ParameterizedTest
  @CsvSource({
    "250ns,250",
    "50us,50000",
    "50µs,50000",
    "2ms,2000000",
    "1.5s,1500000000",
    "0.5us,500"
  })
  void durationsReadTheirUnit(String text, long nanos) {
    assertThat(Duration.parse(text)).contains(new Duration(nanos));
  }

  @ParameterizedTest
  @ValueSource(strings = {"50", "fast", "5m", "-3ms", "ms", "1e3ms", ""})
  void textThatIsNotADurationIsRefused(String text) {
    assertThat(Duration.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "1500000000,1.5s",
    "50000,50us",
    "2000000,2ms",
    "250,250ns",
    "1000000001,1.000000001s",
    "1050000,1.05ms",
    "1001,1.001us",
    "999,999ns",
    "120000000000,120s",
    "9223372036854775807,9223372036.854775807s"
  })
  void durationsDisplayInTheLargestWholeUnit(long nanos, String text) {
    assertThat(new Duration(nanos).display()).isEqualTo(text);
  }

  @Test
  void aDisplayedDurationReadsBackAsTheSameDuration() {
    Random random = new Random(7);
    for (int i = 0; i < 10_000; i++) {
      long nanos =
          random.nextInt(4) == 0
              ? random.nextLong() >>> 1
              : random.nextInt(1 << (1 + random.nextInt(30)));
      assertThat(Duration.parse(new Duration(nanos).display()))
          .as("%d ns", nanos)
          .contains(new Duration(nanos));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "16Gi,17179869184",
    "512Mi,536870912",
    "1K,1000",
    "2G,2000000000",
    "1024,1024",
    "1.5Ki,1536"
  })
  void memoryReadsBinaryAndDecimalSuffixes(String text, long bytes) {
    assertThat(Quantity.parseMemory(text)).contains(new Quantity(bytes, Quantity.Kind.BYTES));
  }

  @ParameterizedTest
  @CsvSource({"4,4000", "500m,500", "0.5,500", "2.25,2250"})
  void cpuReadsCoresAndMillicores(String text, long millicores) {
    assertThat(Quantity.parseCpu(text))
        .contains(new Quantity(millicores, Quantity.Kind.MILLICORES));
  }

  @ParameterizedTest
  @ValueSource(strings = {"lots", "4 cores", "-1", "16GB"})
  void quantitiesRefuseOtherText(String text) {
    assertThat(Quantity.parseCpu(text)).isEmpty();
    assertThat(Quantity.parseMemory(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"35%,35", "35,35", "99.995%,99.995", "0,0", "100%,100"})
  void percentagesTakeASignOrNot(String text, String value) {
    assertThat(Percent.parse(text)).contains(new Percent(new BigDecimal(value)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"140%", "100.1", "-5%", "half"})
  void percentagesOutsideTheRangeAreRefused(String text) {
    assertThat(Percent.parse(text)).isEmpty();
  }

  @Test
  void orderedValuesCompareByMeaningNotText() {
    assertThat(
            Duration.parse("1ms").orElseThrow().compareWith(Duration.parse("999us").orElseThrow()))
        .isPositive();
    assertThat(
            Percent.parse("99.95")
                .orElseThrow()
                .compareWith(Percent.parse("99.950%").orElseThrow()))
        .isZero();
    assertThat(
            Quantity.parseMemory("1Gi")
                .orElseThrow()
                .compareWith(Quantity.parseMemory("1G").orElseThrow()))
        .isPositive();
  }

  @Test
  void everySpecSectionListsItsKeysInContractOrder() {
    assertThat(SpecKeys.root().names())
        .startsWith("type", "placement", "state", "architecture", "latency");
    assertThat(SpecKeys.root().below("resources").names())
        .containsExactly("cpu", "memory", "gpu", "utilization", "saturation", "io");
    assertThat(SpecKeys.root().below("estate").names())
        .containsExactly("servers", "standard", "team");
    assertThat(SpecKeys.root().below("resources").below("gpu").below("sharing").field())
        .isSameAs(Fields.byPath("resources.gpu.sharing").orElseThrow());
    assertThat(Fields.byPath("resources.gpu.sharing")).map(Field::type).contains(FieldType.CHOICE);
  }
}
