package dev.advise.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Patterns match as the platform's glob matcher matches them, quick ending tests included. */
class GlobsTest {

  /** What matching meant before the quick ending test: glob matchers on the name or the path. */
  private static boolean reference(List<String> patterns, String relative) {
    var fs = FileSystems.getDefault();
    Path path = Path.of(relative);
    Path name = path.getFileName();
    for (String p : patterns) {
      PathMatcher m = fs.getPathMatcher("glob:" + p);
      if (p.contains("/") ? m.matches(path) : name != null && m.matches(name)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void quickEndingTestsAgreeWithGlobMatching() {
    List<List<String>> patternSets = List.of(
        List.of("*.yaml", "*.yml"), List.of("*"), List.of("*.y?ml"), List.of("w1*"), List.of("*[0-9].yaml"),
        List.of("tmp"), List.of("**/x/*.yaml"), List.of("group-1/**"), List.of("*.{yaml,yml}"), List.of("*.YAML"),
        List.of("*.yaml", "team-3/**"), List.of("*a"));
    String[] names = {"w0.yaml", "w1.yml", "x.YAML", ".yaml", "yaml", "a.yaml.bak", "tmp", "team-3", "w12.yaml",
      "notes.txt", "a", "ba", "w1", "x"};
    String[] folders = {"", "group-1/", "group-1/team-3/", "x/", "a/x/"};
    Random random = new Random(3);
    for (List<String> patterns : patternSets) {
      Globs globs = new Globs(patterns);
      for (int i = 0; i < 300; i++) {
        String relative = folders[random.nextInt(folders.length)] + names[random.nextInt(names.length)];
        assertThat(globs.matches(relative)).as("%s ~ %s", relative, patterns).isEqualTo(reference(patterns, relative));
      }
    }
  }
}
