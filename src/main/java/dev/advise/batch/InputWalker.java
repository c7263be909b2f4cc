package dev.advise.batch;

import dev.advise.descriptor.InputText;
import dev.advise.descriptor.Problem;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Walks the command line's paths lazily, in order: each argument in turn, folders depth first with
 * each folder's entries sorted by name. Only the folders on the current path are held in memory, so
 * a tree of 100,000 files costs no more than one of 100.
 *
 * <p>Symbolic links inside folders are skipped with a note (in CI a link in a pull request can
 * point at secrets outside the repository). With {@code followSymlinks} they are followed only
 * while their target stays inside the folder given; folder loops are cut, and a file reached twice
 * is read once. A link named on the command line is read only if it leads inside the working
 * folder, unless {@code followSymlinks} is set.
 */
public final class InputWalker implements Iterator<Found> {

  private final Iterator<String> args;
  private final WalkOptions options;
  private final Globs include;
  private final Globs exclude;
  private final Consumer<String> notes;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Set<Path> seenFiles = new HashSet<>();
  private Found next;
  private Path realWorking;
  private final String stdinName;

  /** Files and problems the walk of the current folder argument has turned up. */
  private int foundInFolder;

  /**
   * One folder being listed: how output shows it, its path below the folder given, the real path of
   * the folder given (links may not leave it), its own real path, the entries left.
   */
  private record Frame(
      String shown, String relative, Path root, Path real, Iterator<Path> entries) {}

  public InputWalker(List<String> args, WalkOptions options, Consumer<String> notes) {
    this(args, options, notes, null);
  }

  /**
   * @param stdinName how output names standard input ({@code -} when null)
   */
  public InputWalker(
      List<String> args, WalkOptions options, Consumer<String> notes, String stdinName) {
    this.stdinName = stdinName == null ? Input.STDIN : stdinName;
    this.args = List.copyOf(args).iterator();
    this.options = options;
    this.include = new Globs(options.include());
    this.exclude = new Globs(options.exclude());
    this.notes = notes;
  }

  @Override
  public boolean hasNext() {
    while (next == null && (!stack.isEmpty() || args.hasNext())) {
      next = stack.isEmpty() ? argument(args.next()) : step();
    }
    return next != null;
  }

  @Override
  public Found next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Found f = next;
    next = null;
    return f;
  }

  private Found argument(String arg) {
    if (arg.equals(Input.STDIN)) {
      return Input.stdin(stdinName);
    }
    Path path;
    try {
      path = Path.of(arg);
    } catch (InvalidPathException e) {
      return unreachable(arg, FileNames.undecodable());
    }
    if (!options.followSymlinks() && leadsOutsideThroughALink(path)) {
      return unreachable(
          arg,
          "a symbolic link that leads outside the working folder: not read"
              + " (--follow-symlinks reads it)");
    }
    if (Files.isDirectory(path)) {
      foundInFolder = 0;
      try {
        Path real = path.toRealPath();
        enter(arg, "", real, path, real);
      } catch (IOException e) {
        return unreachable(arg, "cannot read the folder: " + InputText.describe(e));
      }
      return null;
    }
    if (Files.exists(path)) {
      return Input.file(arg, path);
    }
    if (!FileNames.decoded(arg)) {
      return unreachable(arg, FileNames.undecodable());
    }
    return unreachable(
        arg,
        Files.exists(path, LinkOption.NOFOLLOW_LINKS)
            ? "a symbolic link to nothing"
            : "no such file or folder");
  }

  /**
   * Whether a path from the command line leads out of the working folder through a symbolic link:
   * it is a link itself, or it names a place inside the working folder, and its real path lies
   * outside. CI jobs pass a pull request's changed files as arguments, and a link among them could
   * make advise read (and quote in errors) any file the runner can. A path that plainly names a
   * place outside ({@code /etc/x.yaml}, {@code ../x.yaml}) is the user's own choice and is read.
   */
  private boolean leadsOutsideThroughALink(Path path) {
    Path working = Path.of("").toAbsolutePath();
    if (!Files.isSymbolicLink(path) && !working.resolve(path).normalize().startsWith(working)) {
      return false;
    }
    try {
      if (realWorking == null) {
        realWorking = working.toRealPath();
      }
      return !path.toRealPath().startsWith(realWorking);
    } catch (IOException e) {
      return false; // nothing there, or unreadable: said as such below
    }
  }

  /** The next file from the folder on top of the stack, or null to look again. */
  private Found step() {
    Frame top = stack.peek();
    if (!top.entries().hasNext()) {
      stack.pop();
      if (stack.isEmpty()) {
        return new Found.FolderDone(
            top.shown(), foundInFolder, String.join(", ", options.include()));
      }
      return null;
    }
    Found found = entry(top);
    if (found != null) {
      foundInFolder++;
    }
    return found;
  }

  /**
   * What one entry of the folder on top of the stack is: a file to read, a problem, or nothing
   * (null).
   */
  private Found entry(Frame top) {
    Path entry = top.entries().next();
    String name = entry.getFileName().toString();
    String shown = top.shown().endsWith("/") ? top.shown() + name : top.shown() + "/" + name;
    String relative = top.relative().isEmpty() ? name : top.relative() + "/" + name;
    // One look at the entry itself says what it is; only a link needs a second, at its target.
    BasicFileAttributes own;
    try {
      own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return unreachable(shown, "cannot read: " + InputText.describe(e));
    }
    boolean link = own.isSymbolicLink();
    boolean folder = link ? Files.isDirectory(entry) : own.isDirectory();
    if (link && !options.followSymlinks()) {
      if (folder || include.matches(relative)) {
        notes.accept(
            shown
                + ": skipped, a symbolic link (use --follow-symlinks to follow links inside the folder)");
      }
      return null;
    }
    if (exclude.matches(relative)) {
      return null;
    }
    Path real = entry;
    if (link) {
      try {
        real = entry.toRealPath();
      } catch (IOException e) {
        return unreachable(shown, "a symbolic link to nothing");
      }
      if (!real.startsWith(top.root())) {
        notes.accept(shown + ": skipped, a symbolic link that leads outside " + top.root());
        return null;
      }
    }
    if ((folder || include.matches(relative)) && !FileNames.faithful(entry.getFileName(), name)) {
      return unreachable(shown, FileNames.undecodable());
    }
    if (folder) {
      try {
        Path realFolder = link ? real : entry.toRealPath();
        if (onStack(realFolder)) {
          notes.accept(shown + ": skipped, a symbolic link loop");
          return null;
        }
        enter(shown, relative, top.root(), entry, realFolder);
      } catch (IOException e) {
        return unreachable(shown, "cannot read the folder: " + InputText.describe(e));
      }
      return null;
    }
    if (!include.matches(relative)) {
      return null;
    }
    if (options.followSymlinks() && !seenFiles.add(link ? real : absolute(entry))) {
      return null;
    }
    return Input.inFolder(shown, entry, own.isRegularFile());
  }

  private static Path absolute(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  private boolean onStack(Path realFolder) {
    // a loop, not a stream: the training run that makes the class-data archive walks no subfolder,
    // so the stream's lambda was spun on every run that did
    for (Frame f : stack) {
      if (f.real().equals(realFolder)) {
        return true;
      }
    }
    return false;
  }

  private void enter(String shown, String relative, Path root, Path folder, Path realFolder)
      throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
      s.forEach(entries::add);
    }
    entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    stack.push(new Frame(shown, relative, root, realFolder, entries.iterator()));
  }

  private static Found unreachable(String source, String message) {
    return new Found.Unreachable(Problem.ofFile(source, message));
  }
}
