package dev.advise.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestTest {

  private static final List<String> KEYS =
      List.of("isolation", "latency", "licensing", "single", "multi", "stateless", "stateful");

  @ParameterizedTest
  @CsvSource({
    "isolaton,isolation",
    "mutli,multi",
    "Multi,multi",
    "latncy,latency",
    "statless,stateless",
    "licencing,licensing"
  })
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

  /** The search as first written: every candidate's distance, on full tables. */
  private static Optional<String> fullSearch(String written, List<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d =
          candidate.equalsIgnoreCase(written)
              ? 0
              : fullDistance(written.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    int allowed = Math.max(1, Math.min(written.length(), best == null ? 0 : best.length()) / 3);
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  private static int fullDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  @Test
  void skippingFarCandidatesNeverChangesTheAnswer() {
    Random random = new Random(5);
    String alphabet = "abcdeIi\u0130-";
    List<List<String>> sets =
        List.of(
            List.of("latency", "isolation", "licensing", "sla", "resources"),
            List.of("web", "api", "microservice", "database", "cache", "ml-training"),
            List.of("a", "ab", "abc", "abcd", "abcdefghijklmnop", "I\u0130"));
    for (int i = 0; i < 30_000; i++) {
      List<String> candidates = sets.get(random.nextInt(sets.size()));
      StringBuilder sb = new StringBuilder();
      if (random.nextBoolean()) {
        sb.append(candidates.get(random.nextInt(candidates.size())));
      }
      for (int n = random.nextInt(6); n > 0; n--) {
        int at = random.nextInt(sb.length() + 1);
        sb.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String written = sb.toString();
      assertThat(Suggest.closest(written, candidates))
          .as("closest(%s)", written)
          .isEqualTo(fullSearch(written, candidates));
      assertThat(Suggest.distance(written, candidates.get(0)))
          .isEqualTo(fullDistance(written, candidates.get(0)));
    }
  }

  @Test
  void aMegabyteOfInputIsNoMegabyteTable() {
    String huge = "a".repeat(4_000_000);
    assertThat(Suggest.closest(huge, List.of("web", "api"))).isEmpty();
  }
}
