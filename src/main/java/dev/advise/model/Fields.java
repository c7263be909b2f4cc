package dev.advise.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The catalogue of {@code spec} fields from the descriptor contract (docs/descriptor.md describes
 * them). The descriptor parser, the rule loader and the docs all read it, so a field is declared
 * once.
 */
public final class Fields {

  private static final List<String> SUBSTRATES =
      Arrays.stream(Substrate.values()).map(Substrate::id).toList();

  private static final Map<String, Field> BY_PATH = new LinkedHashMap<>();

  static {
    choice(
        "type",
        "what kind of workload",
        "web",
        "api",
        "microservice",
        "database",
        "cache",
        "messaging",
        "batch",
        "analytics",
        "ml-training",
        "ml-inference",
        "hpc",
        "trading",
        "network-function",
        "ci",
        "desktop",
        "legacy",
        "other");
    add("placement", FieldType.CHOICE, SUBSTRATES, "where it runs or is planned to run today");
    choice("state", "whether it keeps state", "stateless", "stateful");
    choice("architecture", "how it is built", "microservices", "monolith");
    add("latency.p99", FieldType.DURATION, "tail-latency budget");
    choice("latency.jitter", "tolerance for timing variance", "strict", "tolerant");
    choice("isolation.tenancy", "whether hosts are shared with other tenants", "single", "multi");
    choice(
        "isolation.trust",
        "whether it runs third-party or customer code",
        "trusted",
        "mixed",
        "untrusted");
    choice("isolation.tenants", "who shares the hosts when tenancy is multi", "teams", "customers");
    add(
        "isolation.privileged",
        FieldType.FLAG,
        "needs privileged containers, host namespaces or extra capabilities");
    add("compliance.frameworks", FieldType.ITEMS, "compliance frameworks that apply");
    choice(
        "compliance.physicalIsolation",
        "mandate for dedicated physical hardware",
        "required",
        "preferred",
        "none");
    choice(
        "licensing.model",
        "how its software is licensed",
        "per-physical-core",
        "per-socket",
        "per-vcpu",
        "per-instance",
        "subscription",
        "open-source",
        "none");
    add("licensing.product", FieldType.TEXT, "the licensed product");
    closedList(
        "licensing.supportedOn",
        "the substrates its software's vendor supports (certifies) it on",
        SUBSTRATES);
    add("sla.availability", FieldType.AVAILABILITY, "availability target");
    choice(
        "sla.resources",
        "whether resources must be reserved under contention",
        "guaranteed",
        "best-effort");
    choice(
        "sla.noisyNeighbours",
        "tolerance for interference from neighbours",
        "intolerant",
        "tolerant");
    choice("sla.hostMaintenance", "whether host patching may stop it", "zero-downtime", "windows");
    add("resources.cpu", FieldType.CPU, "cores per instance");
    add("resources.memory", FieldType.MEMORY, "memory per instance");
    add("resources.gpu.count", FieldType.COUNT, "GPUs per instance");
    choice("resources.gpu.sharing", "whether GPUs may be shared", "dedicated", "shared");
    add("resources.utilization", FieldType.PERCENT, "average use of what it is given");
    choice("resources.saturation", "whether it keeps the whole machine busy", "full", "partial");
    choice("resources.io.storage", "how hard it drives disks", "heavy", "moderate", "light");
    choice("resources.io.network", "how hard it drives the network", "heavy", "moderate", "light");
    add("scaling.instances", FieldType.COUNT, "typical number of running instances");
    choice("scaling.pattern", "how demand changes", "steady", "diurnal", "spiky");
    add("scaling.reaction", FieldType.DURATION, "how fast new capacity must be serving");
    add("scaling.toZero", FieldType.FLAG, "idles at zero instances and starts on demand");
    add("hardware.devices", FieldType.ITEMS, "special hardware used directly");
    add("hardware.deterministic", FieldType.FLAG, "needs fully deterministic hardware access");
    choice(
        "os.family", "operating system family on the host", "linux", "windows", "macos", "mixed");
    add("os.pinned", FieldType.TEXT, "a specific OS version it depends on");
    choice(
        "os.kernel", "whether it needs its own kernel, modules or parameters", "stock", "custom");
    choice(
        "lifecycle.deployFrequency",
        "how often it is deployed",
        "continuous",
        "daily",
        "weekly",
        "monthly",
        "rarely");
    add(
        "lifecycle.kubernetesVersions",
        FieldType.COUNT,
        "distinct Kubernetes versions needed side by side");
    choice("environment.site", "where the hardware is", "cloud", "datacenter", "edge");
    add("environment.constrained", FieldType.FLAG, "hardware too small to afford extra layers");
    add(
        "estate.servers",
        FieldType.POSITIVE_COUNT,
        "physical servers the whole workload keeps busy at full scale");
    add(
        "estate.standard",
        FieldType.CHOICE,
        withNone(SUBSTRATES),
        "the substrate the organisation already runs most workloads on");
    choice("estate.team", "who runs the infrastructure", "platform", "small");
    for (Dimension d : Dimension.values()) {
      add("priorities." + d.id(), FieldType.PRIORITY, "how much " + d.id() + " matters");
    }
  }

  private static final Field[] PRIORITIES =
      Arrays.stream(Dimension.values())
          .map(d -> BY_PATH.get("priorities." + d.id()))
          .toArray(Field[]::new);

  private Fields() {}

  private static List<String> withNone(List<String> choices) {
    List<String> out = new ArrayList<>(choices);
    out.add("none");
    return out;
  }

  private static void add(String path, FieldType type, String meaning) {
    add(path, type, List.of(), meaning);
  }

  private static void choice(String path, String meaning, String... choices) {
    add(path, FieldType.CHOICE, List.of(choices), meaning);
  }

  /**
   * A list field whose ids come from {@code vocabulary} alone: an id outside it is an error, not a
   * near-miss warning, and what-if can try the vocabulary's ids without a rule naming them.
   */
  private static void closedList(String path, String meaning, List<String> vocabulary) {
    add(path, FieldType.ITEMS, vocabulary, meaning);
  }

  private static void add(String path, FieldType type, List<String> choices, String meaning) {
    BY_PATH.put(path, new Field(path, type, choices, meaning, BY_PATH.size()));
  }

  /** How many fields there are: the size of a {@link Spec}'s slots. */
  public static int count() {
    return BY_PATH.size();
  }

  /** The field for a priority, e.g. {@code priorities.latency}. */
  public static Field priority(Dimension d) {
    return PRIORITIES[d.ordinal()];
  }

  /** Every field in contract order. */
  public static List<Field> all() {
    return List.copyOf(BY_PATH.values());
  }

  /** The field at a path below {@code spec}, e.g. {@code latency.p99}. */
  public static Optional<Field> byPath(String path) {
    return Optional.ofNullable(BY_PATH.get(path));
  }

  /** Every field path, for "did you mean" on rule field names. */
  public static Stream<String> paths() {
    return BY_PATH.keySet().stream();
  }
}
