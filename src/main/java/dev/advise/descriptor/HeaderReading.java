package dev.advise.descriptor;

import static dev.advise.descriptor.DescriptorParser.API_VERSION;
import static dev.advise.descriptor.DescriptorParser.KIND;
import static dev.advise.descriptor.DescriptorParser.METADATA;
import static dev.advise.descriptor.DescriptorParser.validName;

import dev.advise.model.Metadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The full reading of a document's head: {@code apiVersion} and {@code kind}, and {@code metadata},
 * each problem located and worded. {@link DescriptorParser} reads the spec.
 */
final class HeaderReading {

  private HeaderReading() {}

  static void header(NodeReader in, Node root, Map<String, NodeReader.Entry> entries) {
    NodeReader.Entry api = entries.get("apiVersion");
    NodeReader.Entry kind = entries.get("kind");
    if (api == null && !in.foundElsewhere("apiVersion")) {
      in.problem(root, "apiVersion", "is required (expected " + API_VERSION + ")");
    } else if (api != null) {
      in.scalar(api.value(), "apiVersion", API_VERSION)
          .filter(v -> !v.equals(API_VERSION))
          .ifPresent(
              v ->
                  in.problem(
                      api.value(),
                      "apiVersion",
                      Quote.of(v)
                          + " is not supported (expected "
                          + API_VERSION
                          + ")"
                          + kubernetesHint(v)));
    }
    if (kind == null && !in.foundElsewhere("kind")) {
      in.problem(root, "kind", "is required (expected " + KIND + ")");
    } else if (kind != null) {
      in.scalar(kind.value(), "kind", KIND)
          .filter(v -> !v.equals(KIND))
          .ifPresent(
              v ->
                  in.problem(
                      kind.value(),
                      "kind",
                      Quote.of(v)
                          + " is not supported"
                          + (Suggest.closest(v, List.of(KIND)).isPresent()
                              ? " (did you mean \"" + KIND + "\"?)"
                              : " (expected " + KIND + ")")));
    }
  }

  /**
   * Whether the document is a Kubernetes object or a Compose file, named on the command line by
   * mistake: then it gets one problem saying so and how to read it (with {@code --from}, or {@code
   * advise import}), instead of a problem for each of its keys. It is still an error: a named file
   * is always read as a descriptor (output contract v1.1).
   */
  static boolean foreign(NodeReader in, MappingNode top) {
    // asked of every document, and nearly all are descriptors: the shape answers those at once
    ManifestShape shape = ManifestShape.of(top);
    String reading =
        ", not a workload descriptor: advise it with --from %s, or draft a descriptor"
            + " from it with advise import";
    if (shape == ManifestShape.KUBERNETES) {
      in.problem(
          ManifestShape.value(top, "apiVersion"),
          "apiVersion",
          Quote.of(ManifestShape.text(top, "apiVersion"))
              + " is not supported (expected "
              + API_VERSION
              + "); this is a Kubernetes "
              + Quote.key(ManifestShape.text(top, "kind"))
              + String.format(reading, "k8s"));
      return true;
    }
    if (shape == ManifestShape.COMPOSE) {
      in.problem(top, "", "a Compose file (services:)" + String.format(reading, "compose"));
      return true;
    }
    return false;
  }

  private static String kubernetesHint(String apiVersion) {
    return ManifestShape.kubernetesApiVersion(apiVersion)
        ? "; this looks like a Kubernetes manifest, not a workload descriptor"
        : "";
  }

  static Metadata metadata(NodeReader in, Node root, NodeReader.Entry entry) {
    if (entry == null) {
      if (!in.foundElsewhere("metadata")) { // else its keys were found, and said to belong here
        in.problem(root, "metadata", "is required (expected a mapping with at least a name)");
      }
      return new Metadata("", "", "", Map.of());
    }
    Optional<MappingNode> mapping = in.mapping(entry.value(), "metadata");
    if (mapping.isEmpty()) {
      return new Metadata("", "", "", Map.of());
    }
    Map<String, NodeReader.Entry> fields =
        in.entries(mapping.get(), "metadata", METADATA, KeyPlaces.document().at("metadata"));
    String name = "";
    NodeReader.Entry nameEntry = fields.get("name");
    if (nameEntry == null && !in.foundElsewhere("metadata.name")) {
      in.problem(
          entry.key(),
          "metadata.name",
          "is required (expected 1-63 characters of a-z, 0-9 and '-')");
    } else if (nameEntry != null) {
      name = in.scalar(nameEntry.value(), "metadata.name", "a name").orElse("");
      if (!name.isEmpty() && !validName(name)) {
        in.problem(
            nameEntry.value(),
            "metadata.name",
            Quote.of(name)
                + " is not a valid name (expected 1-63 characters of a-z, 0-9 and '-', "
                + "starting and ending with a letter or digit)");
      }
    }
    String description = text(in, fields.get("description"), "metadata.description");
    String owner = text(in, fields.get("owner"), "metadata.owner");
    return new Metadata(name, description, owner, labels(in, fields.get("labels")));
  }

  private static String text(NodeReader in, NodeReader.Entry entry, String path) {
    return entry == null ? "" : in.scalar(entry.value(), path, "text").orElse("");
  }

  private static Map<String, String> labels(NodeReader in, NodeReader.Entry entry) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (entry != null) {
      in.mapping(entry.value(), "metadata.labels")
          .ifPresent(
              m -> {
                for (NodeReader.Entry label : in.entries(m, "metadata.labels", null).values()) {
                  in.scalar(label.value(), NodeReader.join("metadata.labels", label.name()), "text")
                      .ifPresent(v -> labels.put(label.name(), v));
                }
              });
    }
    return labels;
  }
}
