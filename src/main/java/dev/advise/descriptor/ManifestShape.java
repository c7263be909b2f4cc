package dev.advise.descriptor;

import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * What a YAML document that is not an advise descriptor looks like: a Kubernetes object or a
 * Compose file. The descriptor reader asks it to give one message for a manifest named by mistake
 * (D118), and {@code advise import} asks it which format to read a document as, so the two never
 * disagree (D124). A document that says it is an advise descriptor is never a manifest, whatever
 * else it holds.
 */
public enum ManifestShape {
  KUBERNETES,
  COMPOSE;

  /** The keys a Compose file may have at its top, besides extensions ({@code x-...}). */
  private static final Set<String> COMPOSE_KEYS =
      Set.of("version", "name", "services", "networks", "volumes", "configs", "secrets", "include");

  /** The shape of {@code root}, or null when it is neither (or an advise descriptor). */
  public static ManifestShape of(Node root) {
    if (!(root instanceof MappingNode top)) {
      return null;
    }
    String apiVersion = text(top, "apiVersion");
    String kind = text(top, "kind");
    if (apiVersion != null && apiVersion.startsWith("advise/")
        || DescriptorParser.KIND.equals(kind)) {
      return null;
    }
    if (apiVersion != null && kind != null && kubernetesApiVersion(apiVersion)) {
      return KUBERNETES;
    }
    boolean descriptorKeys = value(top, "spec") != null || value(top, "metadata") != null;
    return !descriptorKeys && hasServices(top) && mostlyCompose(top) ? COMPOSE : null;
  }

  /** A {@code services:} mapping whose first entry is a service (a mapping, or nothing yet). */
  private static boolean hasServices(MappingNode top) {
    if (!(value(top, "services") instanceof MappingNode services)
        || services.getValue().isEmpty()) {
      return false;
    }
    Node first = services.getValue().get(0).getValueNode();
    return first instanceof MappingNode || first instanceof ScalarNode s && s.getValue().isEmpty();
  }

  /** {@code v1}, or a group and version such as {@code apps/v1} or {@code batch/v1beta1}. */
  static boolean kubernetesApiVersion(String apiVersion) {
    return apiVersion.equals("v1")
        || !apiVersion.startsWith("advise/") && apiVersion.matches("[a-z0-9.-]*/v[0-9a-z]+");
  }

  /**
   * Whether at least half the top-level keys are Compose's: a file that also carries a stray {@code
   * kind:} or {@code apiVersion:} (or a tool's own key) is still one, a document of other keys that
   * happens to have {@code services:} is not.
   */
  private static boolean mostlyCompose(MappingNode top) {
    int compose = 0;
    int other = 0;
    for (NodeTuple t : top.getValue()) {
      String k = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
      if (COMPOSE_KEYS.contains(k) || k.startsWith("x-")) {
        compose++;
      } else {
        other++;
      }
    }
    return compose >= other;
  }

  /** The value of {@code key} at the top of a document (its first, if written twice), or null. */
  static Node value(MappingNode top, String key) {
    for (NodeTuple t : top.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return t.getValueNode();
      }
    }
    return null;
  }

  /** The text of {@code key} at the top of a document, or null when it is not a scalar. */
  static String text(MappingNode top, String key) {
    return value(top, key) instanceof ScalarNode s ? s.getValue() : null;
  }
}
