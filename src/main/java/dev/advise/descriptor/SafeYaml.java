package dev.advise.descriptor;

import java.io.Reader;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML set up to compose nodes only: nodes keep the line and column of every key and value,
 * and no class is ever built from a tag (nothing is constructed at all). Limits keep hostile input
 * from exhausting the machine; {@link GuardedParser} enforces them with positions, and SnakeYAML's
 * own checks stand behind as a second line. Not thread-safe: one per stream.
 */
public final class SafeYaml {

  /**
   * Resolves only what advise reads from a plain scalar's tag: null (an empty value, {@code ~},
   * {@code null}) and the merge key, which plain data refuses; every other plain scalar is a
   * string. Whether a scalar is a number, a flag or a duration is decided by the field it belongs
   * to, from its text, so matching every scalar against SnakeYAML's patterns (int, float, bool,
   * timestamp, and the empty pattern it tries on every value) was wasted work. The words are those
   * of SnakeYAML's own NULL and MERGE patterns. Stateless, so one serves all.
   */
  static final Resolver RESOLVER =
      new Resolver() {
        @Override
        protected void addImplicitResolvers() {
          // none: resolve() below answers for plain scalars without patterns
        }

        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
          if (kind != NodeId.scalar || !implicit) {
            return super.resolve(kind, value, implicit);
          }
          return switch (value) {
            case "", "~", "null", "Null", "NULL", " " -> Tag.NULL;
            case "<<" -> Tag.MERGE;
            default -> Tag.STR;
          };
        }
      };

  private SafeYaml() {}

  /** The documents of a stream within the default limits. */
  public static Iterable<Node> compose(Reader reader) {
    return compose(reader, Limits.DEFAULT);
  }

  /** The documents of a stream, composed lazily: the ones before a syntax error still arrive. */
  public static Iterable<Node> compose(Reader reader, Limits limits) {
    LoaderOptions options = options(limits);
    Composer composer =
        new Composer(
            new GuardedParser(
                new ParserImpl(new StreamReader(reader), options),
                limits.maxAliases(),
                limits.maxDepth()),
            RESOLVER,
            options);
    return () ->
        new Iterator<>() {
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

  /**
   * The bare events of a stream, with the same options as {@link #compose} but neither the guard
   * nor the composer: for {@link PlainDescriptorReader}, which enforces depth itself and gives up
   * on anything the guard exists for.
   */
  static Parser events(Reader reader, Limits limits) {
    return new ParserImpl(new StreamReader(reader), options(limits));
  }

  /** The options last built, with the limits they were built for; see {@link #options}. */
  private record Built(Limits limits, LoaderOptions options) {}

  private static volatile Built last;

  /**
   * Loader options for {@code limits}, built once and shared: a run uses one set of limits for
   * every file, and nothing here or in SnakeYAML changes options after they are built.
   */
  static LoaderOptions options(Limits limits) {
    Built built = last;
    if (built == null || !same(built.limits(), limits)) {
      built = new Built(limits, build(limits));
      last = built;
    }
    return built.options();
  }

  /** Field by field: a record's own equals bootstraps method handles, costly in a short run. */
  private static boolean same(Limits a, Limits b) {
    return a.maxBytes() == b.maxBytes()
        && a.maxAliases() == b.maxAliases()
        && a.maxDepth() == b.maxDepth();
  }

  private static LoaderOptions build(Limits limits) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(limits.maxAliases() + 1);
    options.setNestingDepthLimit(limits.maxDepth() + 10);
    // files are refused by size before they are read; this only backs that up
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes() + 1024));
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    return options;
  }
}
