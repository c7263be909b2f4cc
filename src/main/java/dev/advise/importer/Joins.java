package dev.advise.importer;

import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Joins a workload with the objects that refer to it: the HorizontalPodAutoscaler whose {@code
 * scaleTargetRef} names it, the PodDisruptionBudgets whose selector matches its pod labels, and the
 * PersistentVolumeClaims its pods mount. Each says something, mostly as a weak hint: an autoscaler
 * expects variation but not its shape, a budget shows availability intent but not a figure (the
 * corpus study in docs/import.md).
 */
final class Joins {

  private Joins() {}

  static void join(
      Draft d,
      KubernetesObjects.Obj w,
      Node pod,
      Node podMeta,
      List<KubernetesObjects.Obj> joinable,
      List<KubernetesObjects.Obj> used) {
    boolean autoscaled = false;
    for (KubernetesObjects.Obj j : joinable) {
      if (!j.namespace().equals(w.namespace())) {
        continue;
      }
      boolean joined =
          switch (j.kind()) {
            case "HorizontalPodAutoscaler" -> hpa(d, w, j);
            case "PodDisruptionBudget" -> pdb(d, w, j, podMeta);
            case "PersistentVolumeClaim" -> pvc(d, j, pod);
            default -> false;
          };
      if (joined) {
        used.add(j);
        autoscaled |= j.kind().equals("HorizontalPodAutoscaler");
      }
    }
    KubernetesObjects.replicas(d, w, autoscaled);
  }

  private static boolean hpa(Draft d, KubernetesObjects.Obj w, KubernetesObjects.Obj h) {
    Node ref = Nodes.at(h.node(), "spec", "scaleTargetRef");
    if (!w.kind().equals(Nodes.text(ref, "kind")) || !w.name().equals(Nodes.text(ref, "name"))) {
      return false;
    }
    String min = Nodes.text(h.node(), "spec", "minReplicas");
    String max = Nodes.text(h.node(), "spec", "maxReplicas");
    d.note(
        "joined "
            + h.shown()
            + " ("
            + h.at()
            + "): scales between "
            + (min == null ? "1" : min)
            + " and "
            + max
            + " replicas");
    d.hint(
        "scaling.pattern",
        "an autoscaler (" + h.at() + ") means demand varies, not how (weak hint: not steady)");
    String target = Nodes.text(h.node(), "spec", "targetCPUUtilizationPercentage");
    for (Node m : Nodes.items(Nodes.at(h.node(), "spec", "metrics"))) {
      String u = Nodes.text(m, "resource", "target", "averageUtilization");
      target = u != null ? u : target;
    }
    if (target != null) {
      d.hint(
          "resources.utilization",
          "the autoscaler aims at "
              + target
              + "% of requests; a set point, not the"
              + " observed average (weak hint)");
    }
    return true;
  }

  private static boolean pdb(
      Draft d, KubernetesObjects.Obj w, KubernetesObjects.Obj p, Node podMeta) {
    Node selector = Nodes.at(p.node(), "spec", "selector");
    Node labels = Nodes.get(podMeta, "labels");
    if (selector == null || labels == null || !matches(selector, labels)) {
      return false;
    }
    String maxUnavailable = Nodes.text(p.node(), "spec", "maxUnavailable");
    String minAvailable = Nodes.text(p.node(), "spec", "minAvailable");
    String replicas = Nodes.text(w.node(), "spec", "replicas");
    d.note("joined " + p.shown() + " (" + p.at() + ")");
    boolean blocks =
        "0".equals(maxUnavailable)
            || "0%".equals(maxUnavailable)
            || "100%".equals(minAvailable)
            || minAvailable != null && minAvailable.equals(replicas == null ? "1" : replicas);
    if (blocks) {
      d.note(
          "warning: "
              + p.shown()
              + " allows no voluntary eviction: draining a host for maintenance is"
              + " blocked until someone intervenes");
    }
    d.hint(
        "sla.hostMaintenance",
        "a PodDisruptionBudget ("
            + p.at()
            + ") shows drains were thought about, not"
            + " whether maintenance windows are acceptable (weak hint)");
    d.hint(
        "sla.availability",
        "a PodDisruptionBudget shows availability matters; the figure is yours to say");
    return true;
  }

  /** A label selector's matchLabels and In/Exists expressions against pod labels. */
  private static boolean matches(Node selector, Node labels) {
    boolean any = false;
    for (NodeTuple t : Nodes.entries(Nodes.get(selector, "matchLabels"))) {
      any = true;
      String want = Nodes.text(t.getValueNode());
      if (want == null || !want.equals(Nodes.text(labels, Nodes.keyOf(t)))) {
        return false;
      }
    }
    for (Node e : Nodes.items(Nodes.get(selector, "matchExpressions"))) {
      any = true;
      String key = Nodes.text(e, "key");
      String have = key == null ? null : Nodes.text(labels, key);
      String op = String.valueOf(Nodes.text(e, "operator"));
      boolean ok =
          switch (op) {
            case "In" -> have != null && Nodes.texts(Nodes.get(e, "values")).contains(have);
            case "NotIn" -> have == null || !Nodes.texts(Nodes.get(e, "values")).contains(have);
            case "Exists" -> have != null;
            case "DoesNotExist" -> have == null;
            default -> false;
          };
      if (!ok) {
        return false;
      }
    }
    return any;
  }

  private static boolean pvc(Draft d, KubernetesObjects.Obj c, Node pod) {
    for (Node v : Nodes.items(Nodes.get(pod, "volumes"))) {
      if (c.name().equals(Nodes.text(v, "persistentVolumeClaim", "claimName"))) {
        String size = Nodes.text(c.node(), "spec", "resources", "requests", "storage");
        String sc = Nodes.text(c.node(), "spec", "storageClassName");
        d.note(
            "joined "
                + c.shown()
                + " ("
                + c.at()
                + ")"
                + (size == null ? "" : ": " + size)
                + (sc == null ? "" : ", storage class " + sc));
        return true;
      }
    }
    return false;
  }
}
