package dev.advise.descriptor;

/**
 * How much input advise accepts before refusing it: the size of a file, the aliases in one document
 * (counting aliases to scalars), and the nesting depth. Set on the command line with {@code
 * --max-file-size}, {@code --max-aliases} and {@code --max-depth}.
 */
public record Limits(long maxBytes, int maxAliases, int maxDepth) {

  /** Real descriptors are a few kilobytes, need no aliases and five levels of nesting. */
  public static final Limits DEFAULT = new Limits(4L * 1024 * 1024, 50, 64);

  public Limits {
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8 || maxAliases < 0 || maxDepth < 1) {
      throw new IllegalArgumentException("limits out of range");
    }
  }
}
