package dev.advise.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.model.Choice;
import dev.advise.model.Count;
import dev.advise.model.Deviation;
import dev.advise.model.Duration;
import dev.advise.model.Flag;
import dev.advise.model.Items;
import dev.advise.model.Percent;
import dev.advise.model.Quantity;
import dev.advise.model.Text;
import dev.advise.model.Workload;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DescriptorParserTest {

  private static List<ParsedDocument> parse(String text) {
    return DescriptorParser.parse("w.yaml", text, Limits.DEFAULT);
  }

  private static Workload only(String text) {
    List<ParsedDocument> docs = parse(text);
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0)).isInstanceOf(ParsedDocument.Valid.class);
    return ((ParsedDocument.Valid) docs.get(0)).workload();
  }

  @Test
  void everyFieldOfTheContractIsReadWithItsType() {
    Workload w =
        only(
            """
        apiVersion: advise/v1
        kind: Workload
        metadata:
          name: order-matcher
          description: free text
          owner: trading
          labels: {team: trading, tier: "1"}
        spec:
          type: trading
          placement: container-on-metal
          state: stateless
          architecture: microservices
          latency: {p99: 50us, jitter: strict}
          isolation: {tenancy: single, trust: trusted, privileged: false}
          compliance: {frameworks: [pci-dss], physicalIsolation: none}
          licensing: {model: per-physical-core, product: Oracle Database EE}
          sla: {availability: 99.95%, resources: guaranteed, noisyNeighbours: intolerant, hostMaintenance: zero-downtime}
          resources:
            cpu: 500m
            memory: 16Gi
            gpu: {count: 1, sharing: dedicated}
            utilization: 35
            saturation: partial
          scaling: {instances: 40, pattern: spiky, reaction: 30s}
          hardware: {devices: [infiniband], deterministic: false}
          os: {family: linux, pinned: CentOS 7, kernel: stock}
          lifecycle: {deployFrequency: daily, kubernetesVersions: 1}
          environment: {site: datacenter, constrained: false}
          priorities: {isolation: 5, latency: 2}
        """);
    assertThat(w.name()).isEqualTo("order-matcher");
    assertThat(w.metadata().owner()).isEqualTo("trading");
    assertThat(w.metadata().sortedLabels())
        .containsExactly(Map.entry("team", "trading"), Map.entry("tier", "1"));
    var spec = w.spec();
    assertThat(spec.values()).hasSize(37);
    assertThat(spec.get("latency.p99")).contains(new Duration(50_000));
    assertThat(spec.get("isolation.tenancy")).contains(new Choice("single"));
    assertThat(spec.get("isolation.privileged")).contains(new Flag(false));
    assertThat(spec.get("compliance.frameworks")).contains(new Items(List.of("pci-dss")));
    assertThat(spec.get("licensing.product")).contains(new Text("Oracle Database EE"));
    assertThat(spec.get("sla.availability")).contains(new Percent(new BigDecimal("99.95")));
    assertThat(spec.get("resources.cpu")).contains(new Quantity(500, Quantity.Kind.MILLICORES));
    assertThat(spec.get("resources.memory")).contains(new Quantity(16L << 30, Quantity.Kind.BYTES));
    assertThat(spec.get("resources.gpu.count")).contains(new Count(1));
    assertThat(spec.get("resources.utilization")).contains(new Percent(new BigDecimal("35")));
    assertThat(spec.get("priorities.isolation")).contains(new Count(5));
  }

  @Test
  void theV11FieldsAndAnAcceptedDeviationAreRead() {
    Workload w =
        only(
            """
        apiVersion: advise/v1
        kind: Workload
        metadata: {name: functions}
        spec:
          placement: vm
          isolation: {tenancy: multi, tenants: customers}
          scaling: {toZero: true}
          resources:
            io: {storage: heavy, network: moderate}
          estate: {servers: 2000, standard: none, team: small}
          exception:
            reason: Vendor certifies only VMware
            expires: 2027-06-30
        """);
    var spec = w.spec();
    assertThat(spec.get("isolation.tenants")).contains(new Choice("customers"));
    assertThat(spec.get("scaling.toZero")).contains(new Flag(true));
    assertThat(spec.get("resources.io.storage")).contains(new Choice("heavy"));
    assertThat(spec.get("resources.io.network")).contains(new Choice("moderate"));
    assertThat(spec.get("estate.servers")).contains(new Count(2000));
    assertThat(spec.get("estate.standard")).contains(new Choice("none"));
    assertThat(spec.get("estate.team")).contains(new Choice("small"));
    assertThat(w.exception())
        .isEqualTo(new Deviation("Vendor certifies only VMware", LocalDate.of(2027, 6, 30)));
    // the exception is no field: the spec holds the facts only
    assertThat(spec.values().keySet()).noneMatch(p -> p.startsWith("exception"));
  }

  @Test
  void tenantsWithoutTenancyIsMultiTenancyAndAQuotedDateIsADate() {
    Workload w =
        only(
            "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: a}\n"
                + "spec: {isolation: {tenants: teams}, exception: {reason: x, expires: '2026-02-28'}}\n");
    assertThat(w.spec().get("isolation.tenants")).contains(new Choice("teams"));
    assertThat(w.exception().expires()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(
            only("apiVersion: advise/v1\nkind: Workload\nmetadata: {name: a}\nspec: {}\n")
                .exception())
        .isNull();
  }

  @Test
  void aPercentageWithItsSignIsReadAsWrittenEvenBelowOne() {
    Workload w =
        only(
            "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: a}\n"
                + "spec: {resources: {utilization: 0.85%}, sla: {availability: 99.5}}\n");
    assertThat(w.spec().get("resources.utilization")).contains(new Percent(new BigDecimal("0.85")));
    assertThat(
            only("apiVersion: advise/v1\nkind: Workload\nmetadata: {name: a}\n"
                    + "spec: {resources: {utilization: 0}}\n")
                .spec()
                .get("resources.utilization"))
        .contains(new Percent(BigDecimal.ZERO));
  }

  @Test
  void missingFieldsAreUnknownNotFalse() {
    Workload w = only("apiVersion: advise/v1\nkind: Workload\nmetadata: {name: a}\nspec: {}\n");
    assertThat(w.spec().values()).isEmpty();
    assertThat(w.spec().get("isolation.privileged")).isEmpty();
    assertThat(w.metadata().description()).isEmpty();
  }

  @Test
  void everyDocumentOfAFileIsAWorkloadAndABadOneDoesNotStopTheOthers() {
    List<ParsedDocument> docs =
        parse(
            """
        apiVersion: advise/v1
        kind: Workload
        metadata: {name: first}
        spec: {state: stateful}
        ---
        apiVersion: advise/v1
        kind: Workload
        metadata: {name: second}
        spec: {state: sometimes}
        ---
        apiVersion: advise/v1
        kind: Workload
        metadata: {name: third}
        spec: {}
        """);
    assertThat(docs).extracting(ParsedDocument::document).containsExactly(1, 2, 3);
    assertThat(docs.get(0)).isInstanceOf(ParsedDocument.Valid.class);
    assertThat(docs.get(2)).isInstanceOf(ParsedDocument.Valid.class);
    Problem p = ((ParsedDocument.Invalid) docs.get(1)).problems().get(0);
    assertThat(p.document()).isEqualTo(2);
    assertThat(p.line()).isEqualTo(9);
    assertThat(p.column()).isEqualTo(15);
    assertThat(p.path()).isEqualTo("spec.state");
  }

  @Test
  void documentsBeforeASyntaxErrorAreStillRead() {
    List<ParsedDocument> docs =
        parse(
            """
        apiVersion: advise/v1
        kind: Workload
        metadata: {name: first}
        spec: {}
        ---
        apiVersion: advise/v1
        kind: [Workload
        """);
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0)).isInstanceOf(ParsedDocument.Valid.class);
    Problem p = ((ParsedDocument.Invalid) docs.get(1)).problems().get(0);
    assertThat(p.document()).isEqualTo(2);
    assertThat(p.message()).startsWith("not valid YAML");
    assertThat(p.line()).isPositive();
  }

  @Test
  void yamlBooleansAreNotAcceptedAsEnumValuesOrFlagsOtherThanTrueAndFalse() {
    List<ParsedDocument> docs =
        parse(
            "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: a}\nspec: {isolation: {privileged: on}}\n");
    assertThat(((ParsedDocument.Invalid) docs.get(0)).problems().get(0).message())
        .isEqualTo("\"on\" is not allowed (expected true or false)");
  }

  @Test
  void controlCharactersInInputAreEscapedInMessages() {
    List<ParsedDocument> docs =
        parse(
            "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: a}\nspec: {state: \"x\\e[31m\\u202Ey\"}\n");
    String message = ((ParsedDocument.Invalid) docs.get(0)).problems().get(0).message();
    assertThat(message)
        .startsWith("\"x\\u001B[31m\\u202Ey\"")
        .doesNotContain("\u001b")
        .doesNotContain("\u202e");
  }

  @Test
  void longValuesAreQuotedShort() {
    String value = "z".repeat(500);
    List<ParsedDocument> docs =
        parse(
            "apiVersion: advise/v1\nkind: Workload\nmetadata: {name: a}\nspec: {state: "
                + value
                + "}\n");
    String message = ((ParsedDocument.Invalid) docs.get(0)).problems().get(0).message();
    assertThat(message).hasSizeLessThan(120).contains("...");
  }

  @Test
  void namesAreCheckedAsTheDnsLabelPatternWouldCheckThem() {
    Pattern label = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    Random random = new Random(5);
    String alphabet = "ab09-_A. z";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder name = new StringBuilder();
      int length = random.nextInt(8) == 0 ? 60 + random.nextInt(6) : random.nextInt(6);
      for (int k = 0; k < length; k++) {
        name.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = name.toString();
      assertThat(DescriptorParser.validName(s)).as("'%s'", s).isEqualTo(label.matcher(s).matches());
    }
  }
}
