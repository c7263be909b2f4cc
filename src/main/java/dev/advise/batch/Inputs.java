package dev.advise.batch;

import dev.advise.descriptor.Problem;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Expands the paths on the command line into files to read, in order: each argument in turn,
 * folders walked depth first with entries sorted by name, keeping {@code *.yaml} and
 * {@code *.yml}. Symbolic links inside folders are skipped with a note: in CI a link in a pull
 * request could point at secrets outside the repository.
 */
public final class Inputs {

  /** The files found, and a problem for each argument that is neither file nor folder. */
  public record Expansion(List<Input> inputs, List<Problem> problems) {}

  private Inputs() {}

  public static Expansion expand(List<String> args, Consumer<String> notes) {
    List<Input> inputs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals(Input.STDIN)) {
        inputs.add(Input.stdin());
        continue;
      }
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        try {
          walk(path, arg, inputs, notes);
        } catch (IOException e) {
          problems.add(Problem.ofFile(arg, "cannot read the folder: " + describe(e)));
        }
      } else if (Files.exists(path)) {
        inputs.add(Input.file(arg, path));
      } else {
        problems.add(Problem.ofFile(arg, "no such file or folder"));
      }
    }
    return new Expansion(inputs, problems);
  }

  private static void walk(Path dir, String shown, List<Input> out, Consumer<String> notes)
      throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(entries::add);
    }
    entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      String child = shown.endsWith("/") ? shown + name : shown + "/" + name;
      if (Files.isSymbolicLink(entry)) {
        if (isYaml(name) || Files.isDirectory(entry)) {
          notes.accept(child + ": skipped, a symbolic link (links are not followed)");
        }
      } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        walk(entry, child, out, notes);
      } else if (isYaml(name)) {
        out.add(Input.file(child, entry));
      }
    }
  }

  static boolean isYaml(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  static String describe(IOException e) {
    String type = e.getClass().getSimpleName();
    return switch (type) {
      case "AccessDeniedException" -> "permission denied";
      case "NoSuchFileException" -> "no such file or folder";
      default -> e.getMessage() == null ? type : e.getMessage();
    };
  }
}
