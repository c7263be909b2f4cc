package dev.advise.importer;

import dev.advise.model.Choice;
import dev.advise.model.Count;
import dev.advise.model.Flag;
import dev.advise.model.Items;
import dev.advise.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Turns the services of Compose files into drafts, one per service. Compose files are often a
 * developer's starting point rather than the production contract: {@code ${VARS}} are left
 * unresolved (a value that needs one infers nothing) and {@code profiles} make services optional.
 */
final class ComposeServices {

  private ComposeServices() {}

  /**
   * The drafts of one Compose document, in file order (one without services is turned away before,
   * by {@link Importer}).
   */
  static List<Draft> drafts(Doc doc) {
    List<Draft> out = new ArrayList<>();
    Node services = Nodes.get(doc.root(), "services");
    for (NodeTuple t : Nodes.entries(services)) {
      String name = Nodes.keyOf(t);
      Node s = t.getValueNode();
      Draft d =
          new Draft(doc.source(), doc.document(), t.getKeyNode(), "Compose service " + name, name);
      infer(d, doc.root(), s);
      Node x = Nodes.get(s, "x-advise");
      if (x != null) {
        Annotations.compose(d, x);
      }
      out.add(d);
    }
    return out;
  }

  private static void infer(Draft d, Node root, Node s) {
    privileges(d, s);
    gpus(d, s);
    resources(d, s);
    String platform = Nodes.text(s, "platform");
    if (platform != null && (platform.startsWith("windows/") || platform.startsWith("linux/"))) {
      String family = platform.substring(0, platform.indexOf('/'));
      d.infer(
          "os.family",
          new Choice(family),
          Sureness.CERTAIN,
          Nodes.get(s, "platform"),
          "platform " + platform);
    }
    if (Nodes.get(s, "isolation") != null) {
      d.infer(
          "os.family",
          new Choice("windows"),
          Sureness.STRONG,
          Nodes.get(s, "isolation"),
          "isolation: " + Nodes.text(s, "isolation") + " exists only for Windows containers");
    }
    Node rt = Nodes.get(s, "cpu_rt_runtime");
    Node rtprio = Nodes.at(s, "ulimits", "rtprio");
    if (rt != null || rtprio != null) {
      d.infer(
          "latency.jitter",
          new Choice("strict"),
          Sureness.STRONG,
          rt != null ? rt : rtprio,
          rt != null
              ? "cpu_rt_runtime: real-time CPU scheduling"
              : "ulimits rtprio: real-time priority");
      d.hint(
          "hardware.deterministic",
          "real-time scheduling asks for predictable CPU time (weak hint)");
    }
    Node replicas = Nodes.at(s, "deploy", "replicas");
    long n = Amounts.count(Nodes.text(replicas));
    if (replicas != null && n >= 0) {
      d.infer("scaling.instances", new Count(n), Sureness.STRONG, replicas, "deploy.replicas");
    }
    volumes(d, root, s);
    String image = Nodes.text(s, "image");
    if (image != null && image.contains("${")) {
      d.note("the image " + image + " is templated with ${...}: nothing is read from its name");
    } else if (image == null && Nodes.get(s, "build") != null) {
      d.note("built from source (build:), no image name to read");
    }
    LicensedImages.infer(d, List.of(s));
    List<String> profiles = Nodes.texts(Nodes.get(s, "profiles"));
    if (!profiles.isEmpty()) {
      d.note("optional service: it runs only with the profiles " + String.join(", ", profiles));
    }
  }

  private static void privileges(Draft d, Node s) {
    List<String> why = new ArrayList<>();
    Node at = null;
    if (Nodes.isTrue(Nodes.get(s, "privileged"))) {
      why.add("privileged: true");
      at = Nodes.get(s, "privileged");
    }
    for (String key : List.of("network_mode", "pid", "ipc")) {
      if ("host".equals(Nodes.text(s, key))) {
        why.add(key + ": host");
        at = at == null ? Nodes.get(s, key) : at;
      }
    }
    List<String> caps = Nodes.texts(Nodes.get(s, "cap_add"));
    if (!caps.isEmpty()) {
      why.add("cap_add " + String.join(",", caps));
      at = at == null ? Nodes.get(s, "cap_add") : at;
    }
    if (!Nodes.items(Nodes.get(s, "devices")).isEmpty()) {
      why.add("devices " + String.join(",", Nodes.texts(Nodes.get(s, "devices"))));
      at = at == null ? Nodes.get(s, "devices") : at;
    }
    for (Node v : Nodes.items(Nodes.get(s, "volumes"))) {
      String text = Nodes.text(v) != null ? Nodes.text(v) : Nodes.text(v, "source");
      if (text != null && text.contains("docker.sock")) {
        why.add("the Docker socket mounted");
        at = at == null ? v : at;
      }
    }
    if (at != null) {
      d.infer("isolation.privileged", new Flag(true), Sureness.CERTAIN, at, String.join("; ", why));
    }
    if (caps.stream().anyMatch(c -> c.toUpperCase(Locale.ROOT).endsWith("SYS_MODULE"))) {
      d.infer(
          "os.kernel",
          new Choice("custom"),
          Sureness.STRONG,
          Nodes.get(s, "cap_add"),
          "cap_add SYS_MODULE: it loads kernel modules");
    }
  }

  /**
   * GPU reservations: {@code deploy.resources.reservations.devices} with the nvidia driver or the
   * gpu capability.
   */
  private static void gpus(Draft d, Node s) {
    long count = 0;
    boolean known = true;
    Node at = null;
    for (Node dev : Nodes.items(Nodes.at(s, "deploy", "resources", "reservations", "devices"))) {
      boolean gpu =
          "nvidia".equals(Nodes.text(dev, "driver"))
              || Nodes.texts(Nodes.get(dev, "capabilities")).contains("gpu");
      if (!gpu) {
        continue;
      }
      at = at == null ? dev : at;
      Node c = Nodes.get(dev, "count");
      List<String> ids = Nodes.texts(Nodes.get(dev, "device_ids"));
      long n =
          c != null
              ? Amounts.count(Nodes.text(c))
              : ids.stream().anyMatch(i -> i.contains("$")) ? -1 : ids.size();
      if (n < 0 || c == null && ids.isEmpty()) {
        known = false;
      } else {
        count += n;
      }
    }
    if (at == null) {
      return;
    }
    d.infer(
        "hardware.devices", new Items(List.of("gpu")), Sureness.CERTAIN, at, "a GPU reservation");
    if (known && count > 0) {
      d.infer(
          "resources.gpu.count", new Count(count), Sureness.CERTAIN, at, "GPU reservation count");
    } else {
      d.hint(
          "resources.gpu.count",
          "the GPU reservation's count is 'all' or templated: the number is unknown");
    }
  }

  private static void resources(Draft d, Node s) {
    Node cpus =
        first(
            Nodes.at(s, "deploy", "resources", "reservations", "cpus"),
            Nodes.at(s, "deploy", "resources", "limits", "cpus"),
            Nodes.get(s, "cpus"));
    BigDecimal cores = Amounts.number(Nodes.text(cpus));
    if (cores != null) {
      long milli =
          cores
              .multiply(BigDecimal.valueOf(1000))
              .setScale(0, RoundingMode.CEILING)
              .longValueExact();
      d.infer(
          "resources.cpu",
          new Quantity(milli, Quantity.Kind.MILLICORES),
          Sureness.CERTAIN,
          cpus,
          "the CPUs reserved or allowed");
    }
    Node memory =
        first(
            Nodes.at(s, "deploy", "resources", "reservations", "memory"),
            Nodes.at(s, "deploy", "resources", "limits", "memory"),
            Nodes.get(s, "mem_reservation"),
            Nodes.get(s, "mem_limit"));
    BigDecimal bytes = Amounts.dockerMemory(Nodes.text(memory));
    if (bytes != null) {
      d.infer(
          "resources.memory",
          new Quantity(
              bytes.setScale(0, RoundingMode.CEILING).longValueExact(), Quantity.Kind.BYTES),
          Sureness.CERTAIN,
          memory,
          "the memory reserved or allowed");
    }
  }

  private static Node first(Node... nodes) {
    for (Node n : nodes) {
      if (Nodes.text(n) != null) {
        return n;
      }
    }
    return null;
  }

  /** A named volume (not a host path) mounted into the service keeps data beyond the container. */
  private static void volumes(Draft d, Node root, Node s) {
    for (Node v : Nodes.items(Nodes.get(s, "volumes"))) {
      String source =
          Nodes.text(v) != null ? Nodes.text(v).split(":", 2)[0] : Nodes.text(v, "source");
      boolean mounted =
          Nodes.text(v) != null
              ? Nodes.text(v).contains(":")
              : "volume".equals(Nodes.text(v, "type"));
      if (source == null || !mounted || source.isEmpty() || "/.~$".indexOf(source.charAt(0)) >= 0) {
        continue;
      }
      if (Nodes.get(Nodes.get(root, "volumes"), source) != null
          || Nodes.entries(Nodes.get(root, "volumes")).stream()
              .anyMatch(t -> Nodes.keyOf(t).equals(source))) {
        d.infer(
            "state",
            new Choice("stateful"),
            Sureness.STRONG,
            v,
            "named volume " + source + " keeps data across" + " containers");
        return;
      }
    }
  }
}
