package dev.advise;

import dev.advise.model.Field;
import dev.advise.model.Fields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Valid descriptors from a seeded random generator: each field of the catalogue is present or not,
 * with a value of its type. The same seed always gives the same descriptors.
 */
public final class Generator {

  private final Random random;

  /**
   * Closed lists (D110) draw from a stream of their own: adding one to the catalogue then leaves
   * every other field of every seeded descriptor as it was, so the seeded tests of the built-in
   * rules keep testing the same workloads.
   */
  private final Random closedLists;

  public Generator(long seed) {
    this.random = new Random(seed);
    this.closedLists = new Random(~seed);
  }

  /** A random spec as nested maps, ready to be written as YAML. */
  public Map<String, Object> spec() {
    Map<String, Object> spec = new LinkedHashMap<>();
    for (Field f : Fields.all()) {
      if ((f.closedList() ? closedLists : random).nextInt(100) < 45) {
        put(spec, f.path().split("\\."), value(f));
      }
    }
    consistent(spec);
    if (random.nextInt(100) < 10) {
      Map<String, Object> exception = new LinkedHashMap<>();
      exception.put("reason", pick("Vendor certifies only VMware", "migration planned"));
      exception.put("expires", pick("2027-06-30", "2026-02-28"));
      spec.put("exception", exception);
    }
    return spec;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> map, String[] path, Object value) {
    Map<String, Object> at = map;
    for (int i = 0; i < path.length - 1; i++) {
      at =
          (Map<String, Object>)
              at.computeIfAbsent(path[i], k -> new LinkedHashMap<String, Object>());
    }
    at.put(path[path.length - 1], value);
  }

  /** Who shares the hosts is only said of shared hosts: tenants comes with tenancy multi. */
  @SuppressWarnings("unchecked")
  private static void consistent(Map<String, Object> spec) {
    if (spec.get("isolation") instanceof Map<?, ?> isolation
        && isolation.containsKey("tenants")
        && "single".equals(isolation.get("tenancy"))) {
      ((Map<String, Object>) isolation).put("tenancy", "multi");
    }
  }

  public Object value(Field f) {
    return switch (f.type()) {
      case CHOICE -> f.choices().get(random.nextInt(f.choices().size()));
      case FLAG -> random.nextBoolean();
      case DURATION ->
          pick("5us", "50us", "100us", "500us", "2ms", "10ms", "80ms", "1s", "30s", "120s");
      case MEMORY -> pick("256Mi", "2Gi", "16Gi", "64Gi", "1Ti");
      case CPU -> pick("250m", "500m", "1", "2", "8", "64");
      case PERCENT -> random.nextInt(101) + "%";
      case AVAILABILITY -> pick("99%", "99.5%", "99.9%", "99.95%", "99.99%", "99.999%");
      case COUNT -> random.nextInt(f.path().equals("lifecycle.kubernetesVersions") ? 4 : 200);
      case POSITIVE_COUNT -> 1 + random.nextInt(5000);
      case PRIORITY -> 1 + random.nextInt(5);
      case TEXT -> pick("CentOS 7", "Windows Server 2012 R2", "Product X");
      case ITEMS ->
          f.closedList()
              ? someOf(f.choices())
              : List.of(
                  pick(
                      f.path().startsWith("compliance")
                          ? new String[] {"pci-dss", "hipaa", "internal", "gdpr"}
                          : new String[] {"gpu", "infiniband", "sr-iov", "fpga", "hsm"}));
    };
  }

  /** A closed list: one or more of its ids, each once, in any order (the reader orders them). */
  private List<String> someOf(List<String> vocabulary) {
    List<String> shuffled = new ArrayList<>(vocabulary);
    Collections.shuffle(shuffled, closedLists);
    return List.copyOf(shuffled.subList(0, 1 + closedLists.nextInt(shuffled.size())));
  }

  private String pick(String... values) {
    return values[random.nextInt(values.length)];
  }

  /** A whole descriptor document as YAML text. */
  public String descriptor(String name) {
    return "apiVersion: advise/v1\nkind: Workload\nmetadata:\n  name: "
        + name
        + "\nspec: "
        + yaml(spec())
        + "\n";
  }

  /** Flow-style YAML for nested maps, lists, strings, numbers and booleans. */
  public static String yaml(Object value) {
    if (value instanceof Map<?, ?> map) {
      List<String> parts = new ArrayList<>();
      map.forEach((k, v) -> parts.add(k + ": " + yaml(v)));
      return "{" + String.join(", ", parts) + "}";
    }
    if (value instanceof List<?> list) {
      return "[" + String.join(", ", list.stream().map(Generator::yaml).toList()) + "]";
    }
    if (value instanceof String s) {
      return "\"" + s + "\"";
    }
    return String.valueOf(value);
  }

  /**
   * Writes {@code count} descriptors into nested folders below {@code root} (a third as .yml), and
   * returns their paths relative to root, in the order advise walks them.
   */
  public List<String> tree(Path root, int count) throws IOException {
    List<String> written = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String dir = "team-" + (i % 7) + "/svc-" + (i % 13);
      String name = "w" + i + (i % 3 == 0 ? ".yml" : ".yaml");
      Path file = root.resolve(dir).resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, descriptor("w" + i));
      written.add(dir + "/" + name);
    }
    written.sort(Generator::walkOrder);
    return written;
  }

  /** Depth-first order with entries sorted by name: compare path by path component. */
  public static int walkOrder(String a, String b) {
    String[] x = a.split("/");
    String[] y = b.split("/");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = x[i].compareTo(y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }
}
