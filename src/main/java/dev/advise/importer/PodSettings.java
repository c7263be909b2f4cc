package dev.advise.importer;

import dev.advise.model.Choice;
import dev.advise.model.Flag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What a pod spec's settings say beyond resources: privileges and host namespaces, kernel needs,
 * sandbox runtime classes, real-time annotations, persistent volumes and licensed images ({@link
 * PodPlacement} reads where the scheduler may put the pod).
 */
final class PodSettings {

  /** Namespaced sysctls the kubelet allows by default; any other needs the node changed. */
  private static final Set<String> SAFE_SYSCTLS =
      Set.of(
          "kernel.shm_rmid_forced",
          "net.ipv4.ip_local_port_range",
          "net.ipv4.ip_unprivileged_port_start",
          "net.ipv4.tcp_syncookies",
          "net.ipv4.ping_group_range",
          "net.ipv4.ip_local_reserved_ports",
          "net.ipv4.tcp_keepalive_time",
          "net.ipv4.tcp_fin_timeout",
          "net.ipv4.tcp_keepalive_intvl",
          "net.ipv4.tcp_keepalive_probes",
          "net.ipv4.tcp_rmem",
          "net.ipv4.tcp_wmem");

  private static final List<String> HOST_PATHS =
      List.of(
          "/dev",
          "/sys",
          "/proc",
          "/lib/modules",
          "/var/run/docker.sock",
          "/run/docker.sock",
          "/var/run/containerd",
          "/run/containerd",
          "/var/run/crio",
          "/run/crio",
          "/var/run/cri-dockerd.sock");

  private PodSettings() {}

  static void infer(Draft draft, Node podMeta, Node pod, Set<String> extended) {
    boolean privilegedFlag = false;
    boolean ipcLock = false;
    boolean sysModule = false;
    List<String> why = new ArrayList<>();
    Node at = null;
    for (String ns : List.of("hostNetwork", "hostPID", "hostIPC")) {
      if (Nodes.isTrue(Nodes.get(pod, ns))) {
        why.add(ns);
        at = at == null ? Nodes.get(pod, ns) : at;
      }
    }
    List<Node> all = new ArrayList<>(Nodes.items(Nodes.get(pod, "containers")));
    all.addAll(Nodes.items(Nodes.get(pod, "initContainers")));
    for (Node c : all) {
      String name = String.valueOf(Nodes.text(c, "name"));
      Node flag = Nodes.at(c, "securityContext", "privileged");
      if (Nodes.isTrue(flag)) {
        privilegedFlag = true;
        why.add("privileged container " + name);
        at = at == null ? flag : at;
      }
      Node add = Nodes.at(c, "securityContext", "capabilities", "add");
      List<String> caps = Nodes.texts(add);
      if (!caps.isEmpty()) {
        why.add("capabilities " + String.join(",", caps) + " in " + name);
        at = at == null ? add : at;
        ipcLock |= caps.stream().anyMatch(cap -> cap.equalsIgnoreCase("IPC_LOCK"));
        sysModule |= caps.stream().anyMatch(cap -> cap.equalsIgnoreCase("SYS_MODULE"));
      }
    }
    boolean modules = false;
    for (Node v : Nodes.items(Nodes.get(pod, "volumes"))) {
      String path = Nodes.text(v, "hostPath", "path");
      if (path != null
          && HOST_PATHS.stream().anyMatch(h -> path.equals(h) || path.startsWith(h + "/"))) {
        why.add("hostPath " + path);
        at = at == null ? Nodes.at(v, "hostPath", "path") : at;
        modules |= path.startsWith("/lib/modules");
      }
    }
    if (at != null) {
      draft.infer(
          "isolation.privileged", new Flag(true), Sureness.CERTAIN, at, String.join("; ", why));
    }
    if (modules && (privilegedFlag || sysModule)) {
      draft.infer(
          "os.kernel",
          new Choice("custom"),
          Sureness.STRONG,
          at,
          "privileged with the host's /lib/modules mounted: it loads kernel modules");
    }
    for (Node s : Nodes.items(Nodes.at(pod, "securityContext", "sysctls"))) {
      String name = Nodes.text(s, "name");
      if (name != null && !SAFE_SYSCTLS.contains(name)) {
        draft.infer(
            "os.kernel",
            new Choice("custom"),
            Sureness.STRONG,
            s,
            "sysctl " + name + " is not in the kubelet's safe set: the nodes must allow it");
      }
    }
    if (PodResources.hugepages(extended)) {
      draft.hint("os.kernel", "hugepages need boot-time node configuration (weak hint for custom)");
    }
    PodPlacement.infer(draft, pod);
    runtime(draft, pod, extended);
    jitter(draft, podMeta, pod, extended, ipcLock);
    volumes(draft, pod);
    LicensedImages.infer(draft, all);
  }

  private static void runtime(Draft draft, Node pod, Set<String> extended) {
    Node rc = Nodes.get(pod, "runtimeClassName");
    String name = Nodes.text(rc);
    if (name == null) {
      return;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    boolean sandbox = lower.contains("gvisor") || lower.contains("runsc") || lower.contains("kata");
    if (!sandbox) {
      return;
    }
    boolean devices = extended.stream().anyMatch(n -> !n.startsWith("hugepages-"));
    if (devices) {
      draft.hint(
          "isolation.trust",
          "runtimeClassName "
              + name
              + " is a sandbox, but the pod also asks for devices:"
              + " it may be there to reach them, not to contain untrusted code");
    } else {
      draft.infer(
          "isolation.trust",
          new Choice("mixed"),
          Sureness.STRONG,
          rc,
          "runtimeClassName "
              + name
              + ": a sandbox runtime chosen on purpose suggests code that is not fully trusted");
    }
    draft.note(
        "runtimeClassName "
            + name
            + " runs the pod inside a sandbox (a micro-VM for Kata): still a container");
  }

  private static final List<String> CRIO =
      List.of(
          "cpu-load-balancing.crio.io",
          "irq-load-balancing.crio.io",
          "cpu-quota.crio.io",
          "cpu-c-states.crio.io",
          "cpu-freq-governor.crio.io");

  private static void jitter(
      Draft draft, Node podMeta, Node pod, Set<String> extended, boolean ipcLock) {
    Node annotations = Nodes.get(podMeta, "annotations");
    for (String key : CRIO) {
      Node k = Nodes.key(annotations, key);
      if (k != null) {
        draft.infer(
            "latency.jitter",
            new Choice("strict"),
            Sureness.STRONG,
            k,
            "annotation " + key + ": it exists only to remove jitter");
      }
    }
    boolean nic = extended.stream().anyMatch(n -> "sr-iov".equals(PodResources.nic(n)));
    if (nic && PodResources.hugepages(extended)) {
      Node at = Nodes.get(pod, "containers");
      draft.infer(
          "type",
          new Choice("network-function"),
          Sureness.STRONG,
          at,
          "an SR-IOV or vfio NIC with hugepages: the DPDK pattern of a packet-processing function");
      if (ipcLock && draft.value("sla.resources") != null) {
        draft.infer(
            "latency.jitter",
            new Choice("strict"),
            Sureness.STRONG,
            at,
            "DPDK pattern: hugepages, IPC_LOCK, an SR-IOV NIC and Guaranteed CPUs");
      }
    }
  }

  private static void volumes(Draft draft, Node pod) {
    for (Node v : Nodes.items(Nodes.get(pod, "volumes"))) {
      Node claim = Nodes.at(v, "persistentVolumeClaim", "claimName");
      if (Nodes.text(claim) != null) {
        draft.infer(
            "state",
            new Choice("stateful"),
            Sureness.STRONG,
            claim,
            "volume from PersistentVolumeClaim "
                + Nodes.text(claim)
                + ": data that outlives the pod");
      }
    }
  }
}
