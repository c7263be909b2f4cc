package dev.advise.descriptor;

import java.io.Reader;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML set up to compose nodes only: nodes keep the line and column of every key and value,
 * and no class is ever built from a tag (nothing is constructed at all). Limits keep hostile
 * input from exhausting the machine; {@link GuardedParser} enforces them with positions, and
 * SnakeYAML's own checks stand behind as a second line. Not thread-safe: one per stream.
 */
public final class SafeYaml {

  /**
   * Resolves only what advise reads from a plain scalar's tag: null (an empty value, {@code ~},
   * {@code null}) and the merge key, which plain data refuses. Whether a scalar is a number, a
   * flag or a duration is decided by the field it belongs to, from its text, so matching every
   * scalar against the int, float, bool and timestamp patterns was wasted work. The table is
   * only read once built, so one resolver serves every thread.
   */
  private static final Resolver RESOLVER = new Resolver() {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.MERGE, MERGE, "<");
      addImplicitResolver(Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
    }
  };

  private SafeYaml() {}

  /** The documents of a stream within the default limits. */
  public static Iterable<Node> compose(Reader reader) {
    return compose(reader, Limits.DEFAULT);
  }

  /** The documents of a stream, composed lazily: the ones before a syntax error still arrive. */
  public static Iterable<Node> compose(Reader reader, Limits limits) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(limits.maxAliases() + 1);
    options.setNestingDepthLimit(limits.maxDepth() + 10);
    // files are refused by size before they are read; this only backs that up
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes() + 1024));
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    Composer composer = new Composer(
        new GuardedParser(new ParserImpl(new StreamReader(reader), options), limits.maxAliases(), limits.maxDepth()),
        RESOLVER, options);
    return () -> new Iterator<>() {
      @Override
      public boolean hasNext() {
        return composer.checkNode();
      }

      @Override
      public Node next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return composer.getNode();
      }
    };
  }
}
