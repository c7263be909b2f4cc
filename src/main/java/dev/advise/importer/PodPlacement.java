package dev.advise.importer;

import dev.advise.model.Choice;
import dev.advise.model.Text;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** What a pod's scheduling constraints say about where it runs: the OS and the kind of node. */
final class PodPlacement {

  private static final List<String> CLOUD_LABELS =
      List.of(
          "cloud.google.com/gke-",
          "cloud.google.com/compute-class",
          "eks.amazonaws.com/",
          "karpenter.k8s.aws/",
          "kubernetes.azure.com/");

  private PodPlacement() {}

  /**
   * The OS family from the node selector, {@code spec.os.name} or required node affinity; a pinned
   * Windows build; cloud provider node labels, which say the nodes are cloud VMs.
   */
  static void infer(Draft draft, Node pod) {
    Node selector = Nodes.get(pod, "nodeSelector");
    for (String key : List.of("kubernetes.io/os", "beta.kubernetes.io/os")) {
      Node v = Nodes.get(selector, key);
      family(draft, v, "nodeSelector " + key);
    }
    Node osName = Nodes.at(pod, "os", "name");
    family(draft, osName, "spec.os.name");
    for (Node term :
        Nodes.items(
            Nodes.at(
                pod,
                "affinity",
                "nodeAffinity",
                "requiredDuringSchedulingIgnoredDuringExecution",
                "nodeSelectorTerms"))) {
      for (Node e : Nodes.items(Nodes.get(term, "matchExpressions"))) {
        String key = Nodes.text(e, "key");
        List<String> values = Nodes.texts(Nodes.get(e, "values"));
        if (("kubernetes.io/os".equals(key) || "beta.kubernetes.io/os".equals(key))
            && "In".equals(Nodes.text(e, "operator"))
            && values.size() == 1) {
          family(
              draft, Nodes.items(Nodes.get(e, "values")).get(0), "required node affinity " + key);
        }
        cloud(draft, key, e);
      }
    }
    Node build = Nodes.get(selector, "node.kubernetes.io/windows-build");
    if (Nodes.text(build) != null) {
      draft.infer(
          "os.pinned",
          new Text("Windows build " + Nodes.text(build)),
          Sureness.STRONG,
          build,
          "nodeSelector node.kubernetes.io/windows-build: a Windows container must match the host's build");
    }
    for (NodeTuple t : Nodes.entries(selector)) {
      cloud(draft, Nodes.keyOf(t), t.getKeyNode());
    }
  }

  private static void family(Draft draft, Node value, String why) {
    String v = Nodes.text(value);
    if ("windows".equals(v) || "linux".equals(v)) {
      draft.infer(
          "os.family",
          new Choice(v),
          Sureness.CERTAIN,
          value,
          why + ": " + v + " (the scheduler acts on it)");
    }
  }

  private static void cloud(Draft draft, String key, Node at) {
    if (key != null && CLOUD_LABELS.stream().anyMatch(key::startsWith)) {
      draft.infer(
          "environment.site",
          new Choice("cloud"),
          Sureness.STRONG,
          at,
          "cloud provider node label " + key);
      draft.infer(
          "placement",
          new Choice("container-on-vm"),
          Sureness.STRONG,
          at,
          "cloud provider node label " + key + ": the nodes are cloud VMs");
    }
  }
}
