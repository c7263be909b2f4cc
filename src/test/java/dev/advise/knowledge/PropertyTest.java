package dev.advise.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Fixtures;
import dev.advise.Generator;
import dev.advise.engine.Advice;
import dev.advise.engine.Advisor;
import dev.advise.engine.Ranked;
import dev.advise.engine.Verdict;
import dev.advise.model.Substrate;
import dev.advise.model.Workload;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the advice over descriptors from a seeded random generator: each seed is a
 * reproducible case (rerun a failure with its seed). Plain parameterized JUnit tests.
 */
class PropertyTest {

  private static final Advisor ADVISOR = Fixtures.advisor();
  private static final List<String> TIGHTENING =
      List.of(
          "2s", "100ms", "10ms", "9ms", "2ms", "1ms", "999us", "500us", "101us", "100us", "50us",
          "5us", "100ns");

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  private static Map<String, Object> spec(long seed) {
    return new Generator(seed).spec();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> with(Map<String, Object> spec, String path, Object value) {
    Map<String, Object> copy = deepCopy(spec);
    String[] parts = path.split("\\.");
    Map<String, Object> at = copy;
    for (int i = 0; i < parts.length - 1; i++) {
      at =
          (Map<String, Object>)
              at.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
    }
    if (value == null) {
      at.remove(parts[parts.length - 1]);
    } else {
      at.put(parts[parts.length - 1], value);
    }
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> out.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m) : v));
    return out;
  }

  private static Advice advise(Map<String, Object> spec) {
    return ADVISOR.advise(Fixtures.workload(Generator.yaml(spec)));
  }

  private static int score(Advice a, Substrate s) {
    return a.of(s).score();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void scoresStayInRangeAndExactlyOneIsRecommended(long seed) {
    Advice a = advise(spec(seed));
    assertThat(a.ranking()).allSatisfy(r -> assertThat(r.score()).isBetween(0, 100));
    long recommended = a.ranking().stream().filter(r -> r.verdict() == Verdict.RECOMMENDED).count();
    boolean allExcluded = a.ranking().stream().allMatch(r -> r.verdict() == Verdict.EXCLUDED);
    assertThat(recommended).isEqualTo(allExcluded ? 0 : 1);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aPhysicalIsolationMandateExcludesSharedHypervisorHosts(long seed) {
    Advice a = advise(with(spec(seed), "compliance.physicalIsolation", "required"));
    assertThat(a.of(Substrate.VM).verdict()).isEqualTo(Verdict.EXCLUDED);
    assertThat(a.of(Substrate.CONTAINER_ON_VM).verdict()).isEqualTo(Verdict.EXCLUDED);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void tighteningTheLatencyBudgetNeverHelpsAHypervisorNorHurtsBareMetal(long seed) {
    Map<String, Object> base = spec(seed);
    Advice previous = null;
    for (String p99 : TIGHTENING) {
      Advice a = advise(with(base, "latency.p99", p99));
      if (previous != null) {
        String step = "seed " + seed + ", p99 " + p99;
        assertThat(score(a, Substrate.VM))
            .as(step)
            .isLessThanOrEqualTo(score(previous, Substrate.VM));
        assertThat(score(a, Substrate.CONTAINER_ON_VM))
            .as(step)
            .isLessThanOrEqualTo(score(previous, Substrate.CONTAINER_ON_VM));
        if (a.of(Substrate.BARE_METAL).verdict() != Verdict.EXCLUDED) {
          assertThat(score(a, Substrate.BARE_METAL))
              .as(step)
              .isGreaterThanOrEqualTo(score(previous, Substrate.BARE_METAL));
        }
      }
      previous = a;
    }
  }

  /**
   * Untrusted code from several tenants scores containers on metal with a sandboxed runtime (D18,
   * revised): they are never excluded for it, always carry the sandbox condition, and never score
   * higher than with trusted code on a single-tenant host or with nothing said about trust.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void untrustedMultiTenantCodeScoresContainersOnMetalWithASandboxAndNeverRaisesThem(long seed) {
    Map<String, Object> hostile =
        with(with(spec(seed), "isolation.trust", "untrusted"), "isolation.tenancy", "multi");
    Advice a = advise(hostile);
    Ranked metal = a.of(Substrate.CONTAINER_ON_METAL);
    assertThat(metal.exclusions())
        .as("seed " + seed)
        .noneMatch(r -> r.rule().startsWith("isolation.untrusted"));
    if (metal.verdict() != Verdict.EXCLUDED) {
      assertThat(metal.conditions())
          .as("seed " + seed)
          .anyMatch(c -> c.message().contains("sandboxed runtime"));
    }
    for (Map<String, Object> calmer :
        List.of(
            // tenants is only said of shared hosts, so it goes with single tenancy
            with(
                with(with(spec(seed), "isolation.trust", "trusted"), "isolation.tenancy", "single"),
                "isolation.tenants",
                null),
            with(with(spec(seed), "isolation.trust", null), "isolation.tenancy", null))) {
      Advice b = advise(calmer);
      if (b.of(Substrate.CONTAINER_ON_METAL).verdict() != Verdict.EXCLUDED) {
        assertThat(score(a, Substrate.CONTAINER_ON_METAL))
            .as("seed " + seed)
            .isLessThanOrEqualTo(score(b, Substrate.CONTAINER_ON_METAL));
      }
    }
  }

  /**
   * Teams of one organisation (soft multi-tenancy) never rank containers on metal below customers.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void teamsNeverRankContainersOnMetalBelowCustomers(long seed) {
    Map<String, Object> shared = with(spec(seed), "isolation.tenancy", "multi");
    Advice teams = advise(with(shared, "isolation.tenants", "teams"));
    Advice customers = advise(with(shared, "isolation.tenants", "customers"));
    assertThat(score(teams, Substrate.CONTAINER_ON_METAL))
        .as("seed " + seed)
        .isGreaterThanOrEqualTo(score(customers, Substrate.CONTAINER_ON_METAL));
    assertThat(teams.ranking().indexOf(teams.of(Substrate.CONTAINER_ON_METAL)))
        .as("seed " + seed)
        .isLessThanOrEqualTo(
            customers.ranking().indexOf(customers.of(Substrate.CONTAINER_ON_METAL)));
  }

  /** Idling at zero never raises bare metal, and never lowers the container substrates. */
  @ParameterizedTest
  @MethodSource("seeds")
  void scaleToZeroNeverHelpsBareMetalNorHurtsContainers(long seed) {
    Advice zero = advise(with(spec(seed), "scaling.toZero", true));
    Advice always = advise(with(spec(seed), "scaling.toZero", false));
    if (zero.of(Substrate.BARE_METAL).verdict() != Verdict.EXCLUDED) {
      assertThat(score(zero, Substrate.BARE_METAL))
          .as("seed " + seed)
          .isLessThanOrEqualTo(score(always, Substrate.BARE_METAL));
    }
    for (Substrate s : List.of(Substrate.CONTAINER_ON_VM, Substrate.CONTAINER_ON_METAL)) {
      if (always.of(s).verdict() != Verdict.EXCLUDED) {
        assertThat(score(zero, s))
            .as("seed %d, %s", seed, s)
            .isGreaterThanOrEqualTo(score(always, s));
      }
    }
  }

  /** Heavy storage or network I/O never raises a hypervisor substrate over light I/O. */
  @ParameterizedTest
  @MethodSource("seeds")
  void heavyIoNeverHelpsAHypervisor(long seed) {
    for (String io : List.of("resources.io.storage", "resources.io.network")) {
      Advice heavy = advise(with(spec(seed), io, "heavy"));
      Advice light = advise(with(spec(seed), io, "light"));
      assertThat(score(heavy, Substrate.VM))
          .as("seed " + seed + " " + io)
          .isLessThanOrEqualTo(score(light, Substrate.VM));
      assertThat(score(heavy, Substrate.CONTAINER_ON_VM))
          .as("seed " + seed + " " + io)
          .isLessThanOrEqualTo(score(light, Substrate.CONTAINER_ON_VM));
    }
  }

  /**
   * An instance the size of a server packs with nothing, so growing one to 64 cores never lowers
   * bare metal's score nor moves it down the ranking.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void aWholeMachineInstanceNeverMovesBareMetalDown(long seed) {
    Map<String, Object> base = with(spec(seed), "resources.memory", null);
    Advice small = advise(with(base, "resources.cpu", null));
    Advice whole = advise(with(base, "resources.cpu", 64));
    assertThat(score(whole, Substrate.BARE_METAL))
        .as("seed " + seed)
        .isGreaterThanOrEqualTo(score(small, Substrate.BARE_METAL));
    assertThat(whole.ranking().indexOf(whole.of(Substrate.BARE_METAL)))
        .as("seed " + seed)
        .isLessThanOrEqualTo(small.ranking().indexOf(small.of(Substrate.BARE_METAL)));
  }

  /** The platform an estate already runs never scores lower than with no standard at all. */
  @ParameterizedTest
  @MethodSource("seeds")
  void theEstatesStandardNeverLosesByBeingTheStandard(long seed) {
    Advice none = advise(with(spec(seed), "estate.standard", "none"));
    for (Substrate s : Substrate.values()) {
      Advice standard = advise(with(spec(seed), "estate.standard", s.id()));
      if (standard.of(s).verdict() != Verdict.EXCLUDED) {
        assertThat(score(standard, s))
            .as("seed " + seed + " " + s.id())
            .isGreaterThanOrEqualTo(score(none, s));
      }
    }
  }

  /** A substrate capped by a requirement it cannot meet never wins over one above its cap. */
  @ParameterizedTest
  @MethodSource("seeds")
  void aBudgetBelowTenMicrosecondsNeverLetsAHypervisorWin(long seed) {
    Advice a = advise(with(spec(seed), "latency.p99", "5us"));
    boolean someoneElse =
        a.ranking().stream()
            .anyMatch(
                r ->
                    r.verdict() != Verdict.EXCLUDED
                        && r.substrate() != Substrate.VM
                        && r.substrate() != Substrate.CONTAINER_ON_VM
                        && r.score() > 55);
    if (someoneElse) {
      assertThat(a.recommendation())
          .as("seed " + seed)
          .isNotIn(Optional.of(Substrate.VM), Optional.of(Substrate.CONTAINER_ON_VM));
    }
  }

  /**
   * A substrate the software's vendor does not support never wins over the one it does, unless that
   * one is excluded or scores no more than the cap on unsupported substrates (55).
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void aSubstrateTheVendorDoesNotSupportNeverWinsOverOneItDoes(long seed) {
    Substrate supported = Substrate.values()[(int) Math.floorMod(seed, 4L)];
    Advice a = advise(with(spec(seed), "licensing.supportedOn", List.of(supported.id())));
    Ranked r = a.of(supported);
    if (r.verdict() != Verdict.EXCLUDED && r.score() > 55) {
      assertThat(a.recommendation()).as("seed " + seed).isEqualTo(Optional.of(supported));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void perPhysicalCoreLicensingNeverRaisesTheVmSubstrates(long seed) {
    Map<String, Object> base = spec(seed);
    Advice licensed = advise(with(base, "licensing.model", "per-physical-core"));
    for (Object other : new Object[] {null, "open-source", "per-vcpu", "subscription"}) {
      Advice b = advise(with(base, "licensing.model", other));
      assertThat(score(licensed, Substrate.VM))
          .as("seed " + seed + " vs " + other)
          .isLessThanOrEqualTo(score(b, Substrate.VM));
      assertThat(score(licensed, Substrate.CONTAINER_ON_VM))
          .as("seed " + seed + " vs " + other)
          .isLessThanOrEqualTo(score(b, Substrate.CONTAINER_ON_VM));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mixedOperatingSystemsOnOneHostNeverLetContainersOnMetalWin(long seed) {
    Advice a = advise(with(spec(seed), "os.family", "mixed"));
    assertThat(a.recommendation()).isNotEqualTo(Optional.of(Substrate.CONTAINER_ON_METAL));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void keyOrderAndYamlStyleChangeNothing(long seed) {
    Map<String, Object> spec = spec(seed);
    Workload flow = Fixtures.workload(Generator.yaml(spec));
    Workload block = Fixtures.workload("\n" + block(shuffled(spec, new Random(seed)), "  "));
    assertThat(block.spec()).isEqualTo(flow.spec());
    Advice a = ADVISOR.advise(flow);
    Advice b = ADVISOR.advise(block);
    assertThat(b.ranking()).isEqualTo(a.ranking());
    assertThat(b.confidence()).isEqualTo(a.confidence());
    assertThat(b.whatIf()).isEqualTo(a.whatIf());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> shuffled(Map<String, Object> map, Random random) {
    List<String> keys = new ArrayList<>(map.keySet());
    Collections.shuffle(keys, random);
    Map<String, Object> out = new LinkedHashMap<>();
    for (String k : keys) {
      Object v = map.get(k);
      out.put(k, v instanceof Map<?, ?> m ? shuffled((Map<String, Object>) m, random) : v);
    }
    return out;
  }

  /** Block-style YAML with plain (unquoted) scalars where YAML allows them. */
  @SuppressWarnings("unchecked")
  private static String block(Map<String, Object> map, String indent) {
    StringBuilder sb = new StringBuilder();
    map.forEach(
        (k, v) -> {
          if (v instanceof Map<?, ?> m) {
            sb.append(indent)
                .append(k)
                .append(":\n")
                .append(block((Map<String, Object>) m, indent + "  "));
          } else if (v instanceof List<?> list) {
            sb.append(indent).append(k).append(":\n");
            list.forEach(item -> sb.append(indent).append("  - ").append(item).append('\n'));
          } else {
            String text = String.valueOf(v);
            boolean plain =
                text.matches("[A-Za-z0-9][A-Za-z0-9 .%-]*")
                    && !text.matches("(?i)yes|no|on|off|y|n");
            sb.append(indent)
                .append(k)
                .append(": ")
                .append(plain ? text : "'" + text + "'")
                .append('\n');
          }
        });
    return sb.toString();
  }

  @SuppressWarnings("unused")
  private static boolean excluded(Ranked r) {
    return r.verdict() == Verdict.EXCLUDED;
  }
}
