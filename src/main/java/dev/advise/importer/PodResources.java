package dev.advise.importer;

import dev.advise.model.Choice;
import dev.advise.model.Count;
import dev.advise.model.Items;
import dev.advise.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * What a pod spec's resource requests and limits say: CPU and memory per instance (only when every
 * container declares them), GPUs and other devices (their plugins' resource names), and the QoS
 * class as the kubelet computes it. Requests equal to limits are Guaranteed QoS, which is about
 * reservation and eviction order, never about latency (docs/import.md, traps).
 */
final class PodResources {

  private PodResources() {}

  /** Whole-GPU resource names; {@code nvidia.com/mig-*} are slices of one. */
  private static boolean wholeGpu(String name) {
    return name.equals("nvidia.com/gpu")
        || name.equals("amd.com/gpu")
        || name.equals("gpu.intel.com/i915")
        || name.equals("gpu.intel.com/xe");
  }

  /** Device ids for resource names that their plugins fix (docs/import.md, traps), or null. */
  static String fixedDevice(String name) {
    String vendor = name.substring(0, Math.max(0, name.indexOf('/')));
    return switch (vendor) {
      case "fpga.intel.com" -> "fpga";
      case "qat.intel.com" -> "intel-qat";
      case "sgx.intel.com" -> "intel-sgx";
      case "dlb.intel.com" -> "intel-dlb";
      case "dsa.intel.com" -> "intel-dsa";
      case "iaa.intel.com" -> "intel-iaa";
      case "npu.intel.com" -> "intel-npu";
      case "google.com" -> name.equals("google.com/tpu") ? "google-tpu" : null;
      default -> null;
    };
  }

  /**
   * Reads the containers' resources into {@code draft}; {@code nics} maps NIC resource names to a
   * device id learnt from NetworkAttachmentDefinitions in the same input. Answers the extended
   * resources the pod asks for, by name, for the other readers.
   */
  static Set<String> infer(Draft draft, Node pod, Map<String, String> nics) {
    List<Node> containers = Nodes.items(Nodes.get(pod, "containers"));
    List<Node> inits = Nodes.items(Nodes.get(pod, "initContainers"));
    Set<String> extended = new LinkedHashSet<>();
    total(draft, containers, inits, "cpu");
    total(draft, containers, inits, "memory");
    long gpus = 0;
    long slices = 0;
    Node gpuAt = null;
    Set<String> devices = new LinkedHashSet<>();
    Node devicesAt = null;
    for (Node c : containers) {
      for (NodeTuple t : Nodes.entries(amounts(c))) {
        String name = Nodes.keyOf(t);
        if (name.equals("cpu") || name.equals("memory") || name.equals("ephemeral-storage")) {
          continue;
        }
        extended.add(name);
        long n = Amounts.count(Nodes.text(t.getValueNode()));
        if (wholeGpu(name) && n >= 0) {
          gpus += n;
          gpuAt = gpuAt == null ? t.getKeyNode() : gpuAt;
        } else if (name.startsWith("nvidia.com/mig-") && n >= 0) {
          slices += n;
          gpuAt = gpuAt == null ? t.getKeyNode() : gpuAt;
        }
        String device =
            wholeGpu(name) || name.startsWith("nvidia.com/mig-")
                ? "gpu"
                : fixedDevice(name) != null ? fixedDevice(name) : nics.get(name);
        if (device == null && nic(name) != null) {
          device = nic(name);
        }
        if (device != null && n != 0) {
          devices.add(device);
          devicesAt = devicesAt == null ? t.getKeyNode() : devicesAt;
        } else if (!name.startsWith("hugepages-") && n != 0 && device == null) {
          draft.hint(
              "hardware.devices",
              "the pod asks for "
                  + name
                  + ", a device whose name is cluster configuration"
                  + " (not classified; say it with advise.dev/hardware.devices)");
        }
      }
    }
    if (gpus + slices > 0) {
      String what = slices > 0 ? slices + " MIG slice(s)" : gpus + " GPU(s)";
      draft.infer(
          "resources.gpu.count",
          new Count(gpus + slices),
          Sureness.CERTAIN,
          gpuAt,
          "limits ask for " + what);
      draft.infer(
          "resources.gpu.sharing",
          new Choice(slices > 0 ? "shared" : "dedicated"),
          Sureness.STRONG,
          gpuAt,
          slices > 0
              ? "MIG slices of a GPU"
              : "a whole device handle; the cluster may still time-slice it");
    }
    if (!devices.isEmpty()) {
      draft.infer(
          "hardware.devices",
          new Items(new ArrayList<>(devices)),
          devices.contains("sr-iov") || devices.contains("infiniband")
              ? Sureness.STRONG
              : Sureness.CERTAIN,
          devicesAt,
          "device plugin resources " + String.join(", ", extended));
    }
    qos(draft, containers, inits);
    return extended;
  }

  /** A NIC resource name's device id when the name itself says it (a strong hint), else null. */
  static String nic(String name) {
    String local = name.substring(name.indexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (local.contains("sriov") || local.contains("vfio")) {
      return "sr-iov";
    }
    return local.contains("rdma") ? "infiniband" : null;
  }

  /**
   * Limits, else requests: extended resources must have both equal, and limits is the usual one.
   */
  private static Node amounts(Node container) {
    Node limits = Nodes.at(container, "resources", "limits");
    return limits != null ? limits : Nodes.at(container, "resources", "requests");
  }

  /** A container's request for a resource, falling back to its limit (which then defaults it). */
  private static Node declared(Node container, String resource) {
    Node request = Nodes.at(container, "resources", "requests", resource);
    return request != null ? request : Nodes.at(container, "resources", "limits", resource);
  }

  private static void total(Draft draft, List<Node> containers, List<Node> inits, String resource) {
    if (containers.isEmpty()) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    int declaring = 0;
    Node first = null;
    for (Node c : containers) {
      Node n = declared(c, resource);
      BigDecimal v = n == null ? null : Amounts.kubernetes(Nodes.text(n));
      if (v != null) {
        sum = sum.add(v);
        declaring++;
        first = first == null ? n : first;
      }
    }
    String path = "resources." + resource;
    if (declaring < containers.size()) {
      if (declaring > 0) {
        draft.hint(
            path,
            "only "
                + declaring
                + " of "
                + containers.size()
                + " containers declare "
                + resource
                + "; their sum is a lower bound, so it is not set");
      }
      return;
    }
    for (Node c : inits) {
      Node n = declared(c, resource);
      BigDecimal v = n == null ? null : Amounts.kubernetes(Nodes.text(n));
      if (v != null && v.compareTo(sum) > 0) {
        sum = v; // init containers run one at a time, before the others: the pod needs the larger
      }
    }
    String why =
        (containers.size() == 1
                ? "the container's "
                : "the sum of " + containers.size() + " containers' ")
            + "requests (limits where no request)";
    if (resource.equals("cpu")) {
      long milli =
          sum.multiply(BigDecimal.valueOf(1000)).setScale(0, RoundingMode.CEILING).longValueExact();
      draft.infer(
          path, new Quantity(milli, Quantity.Kind.MILLICORES), Sureness.CERTAIN, first, why);
    } else {
      long bytes = sum.setScale(0, RoundingMode.CEILING).longValueExact();
      draft.infer(path, new Quantity(bytes, Quantity.Kind.BYTES), Sureness.CERTAIN, first, why);
    }
  }

  /**
   * Guaranteed QoS as the kubelet decides it: every container, init containers included, has CPU
   * and memory limits, and any request equals its limit.
   */
  private static void qos(Draft draft, List<Node> containers, List<Node> inits) {
    if (containers.isEmpty()) {
      return;
    }
    List<Node> all = new ArrayList<>(containers);
    all.addAll(inits);
    boolean integerCpus = true;
    Node at = null;
    for (Node c : all) {
      for (String r : List.of("cpu", "memory")) {
        Node limit = Nodes.at(c, "resources", "limits", r);
        BigDecimal l = limit == null ? null : Amounts.kubernetes(Nodes.text(limit));
        if (l == null) {
          return;
        }
        Node request = Nodes.at(c, "resources", "requests", r);
        if (request != null) {
          BigDecimal q = Amounts.kubernetes(Nodes.text(request));
          if (q == null || q.compareTo(l) != 0) {
            return;
          }
        }
        if (r.equals("cpu") && l.stripTrailingZeros().scale() > 0) {
          integerCpus = false;
        }
        at = at == null ? limit : at;
      }
    }
    draft.infer(
        "sla.resources",
        new Choice("guaranteed"),
        Sureness.STRONG,
        at,
        "Guaranteed QoS (requests equal limits): reserved on the node and evicted last; says nothing about latency");
    if (integerCpus) {
      draft.hint(
          "sla.noisyNeighbours",
          "Guaranteed with whole CPUs can get exclusive cores, but only where the"
              + " kubelet runs the static CPU manager (weak hint for intolerant)");
    }
  }

  /** Hugepages asked for by any container, for the DPDK pattern and the kernel hint. */
  static boolean hugepages(Set<String> extended) {
    return extended.stream().anyMatch(n -> n.startsWith("hugepages-"));
  }
}
