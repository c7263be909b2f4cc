package dev.advise.descriptor;

import java.io.Reader;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;

/**
 * SnakeYAML set up to compose nodes only: nodes keep the line and column of every key and value,
 * and no class is ever built from a tag. Limits keep hostile input from exhausting the machine.
 * A {@link Yaml} instance is not thread-safe, so each call builds its own.
 */
public final class SafeYaml {

  /** Collections an alias may point at before a file is refused (billion laughs). */
  public static final int MAX_ALIASES = 50;
  /** Deepest nesting of collections accepted; a descriptor needs five levels. */
  public static final int MAX_DEPTH = 64;
  /** Largest input in code points: descriptors are a few kilobytes. */
  public static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

  private SafeYaml() {}

  /** The documents of a stream, composed lazily: the ones before a syntax error still arrive. */
  public static Iterable<Node> compose(Reader reader) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    DumperOptions dumper = new DumperOptions();
    Yaml yaml =
        new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
    return yaml.composeAll(reader);
  }
}
