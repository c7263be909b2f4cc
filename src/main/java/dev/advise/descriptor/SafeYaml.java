package dev.advise.descriptor;

import java.io.Reader;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.Node;
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

  /** Aliases (to anything) one document may use; descriptors need none, billion laughs dozens. */
  public static final int MAX_ALIASES = 50;
  /** Deepest nesting of collections accepted; a descriptor needs five levels. */
  public static final int MAX_DEPTH = 64;
  /** Largest input in code points; files are refused by size before this is reached. */
  public static final int MAX_CODE_POINTS = 5 * 1024 * 1024;

  private SafeYaml() {}

  /** The documents of a stream, composed lazily: the ones before a syntax error still arrive. */
  public static Iterable<Node> compose(Reader reader) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES + 1);
    options.setNestingDepthLimit(MAX_DEPTH + 10);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    Composer composer = new Composer(
        new GuardedParser(new ParserImpl(new StreamReader(reader), options), MAX_ALIASES, MAX_DEPTH),
        new Resolver(), options);
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
