package dev.advise.importer;

import dev.advise.model.Choice;
import dev.advise.model.Count;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns Kubernetes documents into drafts: one per workload object, joined with the
 * HorizontalPodAutoscalers, PodDisruptionBudgets, PersistentVolumeClaims and
 * NetworkAttachmentDefinitions that refer to it. Every other object is skipped with a reason.
 */
final class KubernetesObjects {

  /** The kinds drafted, in the order messages name them. */
  static final List<String> WORKLOAD_KINDS =
      List.of(
          "Deployment",
          "StatefulSet",
          "DaemonSet",
          "Job",
          "CronJob",
          "Pod",
          "ReplicationController",
          "ReplicaSet");

  private static final Set<String> WORKLOADS = Set.copyOf(WORKLOAD_KINDS);
  private static final Set<String> KUBEVIRT =
      Set.of(
          "VirtualMachine",
          "VirtualMachineInstance",
          "VirtualMachineInstanceReplicaSet",
          "VirtualMachinePool");

  /** An object with its document. */
  record Obj(Doc doc, Node node, String kind, String namespace, String name) {
    String shown() {
      return kind + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
    }

    String at() {
      return doc.source() + ":" + Nodes.line(node);
    }
  }

  private final List<Obj> workloads = new ArrayList<>();
  private final List<Obj> joinable = new ArrayList<>();
  private final List<String> notes;

  KubernetesObjects(List<String> notes) {
    this.notes = notes;
  }

  /**
   * Sorts one document's objects (a {@code List} gives its items) into workloads, joinable or
   * skipped.
   */
  void add(Doc doc) {
    add(doc, doc.root());
  }

  private void add(Doc doc, Node node) {
    String kind = Nodes.text(node, "kind");
    String api = Nodes.text(node, "apiVersion");
    if (kind == null || api == null) {
      notes.add(
          doc.source()
              + ":"
              + Nodes.line(node)
              + ": skipped: not a Kubernetes object (no apiVersion and kind)"
              + (Nodes.get(node, "services") != null
                  ? "; it looks like a Compose file (use --from compose)"
                  : ""));
      return;
    }
    if (kind.equals("List") || kind.endsWith("List") && Nodes.get(node, "items") != null) {
      Nodes.items(Nodes.get(node, "items")).forEach(item -> add(doc, item));
      return;
    }
    String name = Nodes.text(node, "metadata", "name");
    if (name == null) {
      name = Nodes.text(node, "metadata", "generateName");
    }
    String ns = Nodes.text(node, "metadata", "namespace");
    Obj obj = new Obj(doc, node, kind, ns == null ? "" : ns, name == null ? "" : name);
    if (WORKLOADS.contains(kind)) {
      workloads.add(obj);
    } else if (Set.of(
            "HorizontalPodAutoscaler",
            "PodDisruptionBudget",
            "PersistentVolumeClaim",
            "NetworkAttachmentDefinition")
        .contains(kind)) {
      joinable.add(obj);
    } else if (KUBEVIRT.contains(kind)) {
      notes.add(
          obj.at()
              + ": skipped "
              + obj.shown()
              + ": a KubeVirt virtual machine, not a container workload"
              + " (where it runs is a VM by definition; describe it by hand with placement: vm)");
    } else if (Nodes.at(node, "spec", "template", "spec", "containers") != null
        || Nodes.at(node, "spec", "templates") != null
        || Nodes.at(node, "spec", "replicatedJobs") != null
        || Nodes.at(node, "spec", "leaderWorkerTemplate") != null
        || Nodes.at(node, "spec", "podTemplate") != null) {
      notes.add(
          obj.at()
              + ": skipped "
              + obj.shown()
              + ": a custom resource; pod specs inside custom resources"
              + " are not read (describe it by hand, or import the pods it creates)");
    } else {
      notes.add(obj.at() + ": skipped " + obj.shown() + ": not a workload");
    }
  }

  /** The drafts, in input order, joined with what refers to them; unjoined objects become notes. */
  List<Draft> drafts() {
    Map<String, String> nics = nics();
    List<Obj> used = new ArrayList<>();
    List<Draft> out = new ArrayList<>();
    for (Obj w : workloads) {
      out.add(draft(w, nics, used));
    }
    for (Obj j : joinable) {
      if (!used.contains(j) && !j.kind().equals("NetworkAttachmentDefinition")) {
        notes.add(j.at() + ": " + j.shown() + " refers to no workload object in these files");
      }
    }
    return out;
  }

  /** NIC resource names that a NetworkAttachmentDefinition of type sriov names. */
  private Map<String, String> nics() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Obj j : joinable) {
      if (j.kind().equals("NetworkAttachmentDefinition")) {
        String resource =
            Nodes.text(j.node(), "metadata", "annotations", "k8s.v1.cni.cncf.io/resourceName");
        String config = Nodes.text(j.node(), "spec", "config");
        if (resource != null
            && config != null
            && config.replace(" ", "").contains("\"type\":\"sriov\"")) {
          out.put(resource, "sr-iov");
        }
      }
    }
    return out;
  }

  private Draft draft(Obj w, Map<String, String> nics, List<Obj> used) {
    Node template =
        switch (w.kind()) {
          case "Pod" -> w.node();
          case "CronJob" -> Nodes.at(w.node(), "spec", "jobTemplate", "spec", "template");
          default -> Nodes.at(w.node(), "spec", "template");
        };
    Node podMeta = Nodes.get(template, "metadata");
    Node pod = Nodes.get(template, "spec");
    Draft d = new Draft(w.doc().source(), w.doc().document(), w.node(), w.shown(), w.name());
    d.namespace = w.namespace();
    for (var t : Nodes.entries(Nodes.at(w.node(), "metadata", "labels"))) {
      String v = Nodes.text(t.getValueNode());
      d.labels.put(Nodes.keyOf(t), v == null ? "" : v);
    }
    if (Nodes.at(w.node(), "metadata", "generateName") != null
        && Nodes.at(w.node(), "metadata", "name") == null) {
      d.note("named from metadata.generateName");
    }
    kind(d, w);
    if (pod == null) {
      d.note("no pod template found: only the object's own fields were read");
    } else {
      Set<String> extended = PodResources.infer(d, pod, nics);
      PodSettings.infer(d, podMeta, pod, extended);
    }
    Joins.join(d, w, pod, podMeta, joinable, used);
    Annotations.kubernetes(d, Nodes.at(w.node(), "metadata", "annotations"));
    if (template != w.node()) {
      Annotations.kubernetes(d, Nodes.get(podMeta, "annotations")); // a Pod's template is itself
    }
    return d;
  }

  private static void kind(Draft d, Obj w) {
    Node kindNode = Nodes.get(w.node(), "kind");
    switch (w.kind()) {
      case "Job", "CronJob" -> {
        d.infer(
            "type",
            new Choice("batch"),
            Sureness.STRONG,
            kindNode,
            "kind " + w.kind() + ": runs to completion");
        Node parallelism = Nodes.at(w.node(), "spec", "parallelism");
        if (w.kind().equals("CronJob")) {
          parallelism = Nodes.at(w.node(), "spec", "jobTemplate", "spec", "parallelism");
          d.hint(
              "scaling.pattern",
              "a CronJob runs on the schedule "
                  + String.valueOf(Nodes.text(w.node(), "spec", "schedule"))
                  + " (weak hint: the shape of demand is yours to say)");
        }
        long n = Amounts.count(Nodes.text(parallelism));
        if (n >= 0 && parallelism != null) {
          d.infer(
              "scaling.instances",
              new Count(n),
              Sureness.STRONG,
              parallelism,
              "parallelism: pods running at once");
        }
      }
      case "StatefulSet" -> {
        Node claims = Nodes.at(w.node(), "spec", "volumeClaimTemplates");
        if (!Nodes.items(claims).isEmpty()) {
          List<String> names = new ArrayList<>();
          Nodes.items(claims)
              .forEach(c -> names.add(String.valueOf(Nodes.text(c, "metadata", "name"))));
          d.infer(
              "state",
              new Choice("stateful"),
              Sureness.STRONG,
              claims,
              "StatefulSet volumeClaimTemplates "
                  + String.join(", ", names)
                  + ": a volume per pod that outlives it");
        }
      }
      case "DaemonSet" ->
          d.note(
              "a DaemonSet is a node agent: it runs on every node of whatever substrate is"
                  + " chosen, and its privileges are the platform's, not an application's (MAPPING.md, trap 2)");
      default -> {}
    }
  }

  /** Replicas as an instance count, unless an autoscaler makes it only a starting value. */
  static void replicas(Draft d, Obj w, boolean autoscaled) {
    Node replicas = Nodes.at(w.node(), "spec", "replicas");
    long n = Amounts.count(Nodes.text(replicas));
    if (replicas == null || n < 0) {
      return;
    }
    if (autoscaled) {
      d.hint(
          "scaling.instances",
          "replicas: " + n + " is only the starting value under the autoscaler");
    } else {
      d.infer(
          "scaling.instances",
          new Count(n),
          Sureness.STRONG,
          replicas,
          "replicas: the desired count when applied (not a scaling pattern)");
    }
  }
}
