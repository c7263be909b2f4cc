package dev.advise.importer;

import dev.advise.model.Choice;
import dev.advise.model.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Licensed products and Windows images from the containers' images (strong hints). */
final class LicensedImages {

  private LicensedImages() {}

  /** Reads the image (and, for SQL Server, the edition variable) of each container or service. */
  static void infer(Draft draft, List<Node> containers) {
    for (Node c : containers) {
      Node imageNode = Nodes.get(c, "image");
      String image = Nodes.text(imageNode);
      if (image == null) {
        continue;
      }
      Map<String, String> env = new HashMap<>();
      for (Node e : Nodes.items(Nodes.get(c, "env"))) {
        String name = Nodes.text(e, "name");
        String value = Nodes.text(e, "value");
        if (name != null && value != null) {
          env.put(name, value);
        }
      }
      for (NodeTuple t : Nodes.entries(Nodes.get(c, "environment"))) {
        String value = Nodes.text(t.getValueNode());
        if (value != null) {
          env.put(Nodes.keyOf(t), value);
        }
      }
      for (String item : Nodes.texts(Nodes.get(c, "environment"))) {
        int eq = item.indexOf('=');
        if (eq > 0) {
          env.put(item.substring(0, eq), item.substring(eq + 1));
        }
      }
      apply(draft, imageNode, image, Images.of(image, env));
    }
  }

  static void apply(Draft draft, Node at, String image, Images.Product p) {
    if (p == null) {
      return;
    }
    String why = "image " + image;
    if (p.windows()) {
      draft.infer(
          "os.family",
          new Choice("windows"),
          Sureness.STRONG,
          at,
          why + " is a Windows container image (a selector would make it certain)");
    }
    if (draft.has("licensing.product")
        && !String.valueOf(draft.value("licensing.product").display()).equals(p.product())) {
      draft.note(
          "another licensed product in the same workload: " + p.product() + " (" + why + ")");
      return;
    }
    draft.infer("licensing.product", new Text(p.product()), Sureness.STRONG, at, why);
    if (p.free()) {
      draft.infer(
          "licensing.model", new Choice("none"), Sureness.STRONG, at, why + " is a free edition");
    }
  }
}
