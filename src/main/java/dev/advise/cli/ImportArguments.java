package dev.advise.cli;

import dev.advise.batch.Found;
import dev.advise.batch.Input;
import dev.advise.descriptor.Problem;
import dev.advise.importer.Importer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line's arguments of {@code advise import}, each with the inputs it turned up, so that
 * each is judged on its own: an argument none of whose inputs yields a workload object or a problem
 * is exit 3 (D117), as a folder or a named file is when advised.
 */
final class ImportArguments {

  /** Each argument as output names it, with the sources of the inputs it turned up. */
  private final Map<String, List<String>> sources = new LinkedHashMap<>();

  /** The inputs of the folder being walked, until its end says which argument it was. */
  private List<String> inFolder = new ArrayList<>();

  /** The arguments as given: a path that failed is one of them, or an entry of a folder. */
  private final Set<String> given;

  ImportArguments(List<String> given) {
    this.given = new HashSet<>(given);
  }

  /** Takes what the walk turned up, in walk order. */
  void found(Found found) {
    if (found instanceof Found.FolderDone done) {
      sources.put(done.source(), inFolder);
      inFolder = new ArrayList<>();
    } else if (found instanceof Input input && input.found()) {
      inFolder.add(input.source());
    } else if (found instanceof Found.Unreachable u && !given.contains(u.source())) {
      inFolder.add(u.source()); // an entry of the folder being walked
    } else {
      sources.put(found.source(), List.of(found.source()));
    }
  }

  /** The arguments, in command-line order, whose inputs yielded no draft and no problem. */
  List<String> yieldingNothing(List<Importer.Drafted> drafts, List<Problem> problems) {
    Set<String> yielded = new HashSet<>();
    drafts.forEach(d -> yielded.add(d.source()));
    problems.forEach(p -> yielded.add(p.source()));
    List<String> out = new ArrayList<>();
    sources.forEach(
        (argument, inputs) -> {
          if (inputs.stream().noneMatch(yielded::contains)) {
            out.add(argument);
          }
        });
    return out;
  }
}
