package dev.advise.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestTest {

  private static final List<String> KEYS =
      List.of("isolation", "latency", "licensing", "single", "multi", "stateless", "stateful");

  @ParameterizedTest
  @CsvSource({"isolaton,isolation", "mutli,multi", "Multi,multi", "latncy,latency", "statless,stateless",
      "licencing,licensing"})
  void nearMissesGetTheIntendedWord(String written, String suggested) {
    assertThat(Suggest.closest(written, KEYS)).contains(suggested);
  }

  @ParameterizedTest
  @CsvSource({"performance", "gpu", "x", "completely-different"})
  void wordsFarFromAnyCandidateGetNoSuggestion(String written) {
    assertThat(Suggest.closest(written, KEYS)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"ab,ba,1", "kitten,sitting,3", "same,same,0", "'',abc,3"})
  void distanceCountsEditsAndSwaps(String a, String b, int d) {
    assertThat(Suggest.distance(a, b)).isEqualTo(d);
  }
}
