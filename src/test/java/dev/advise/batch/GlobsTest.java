package dev.advise.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

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
    List<List<String>> patternSets =
        List.of(
            List.of("*.yaml", "*.yml"),
            List.of("*"),
            List.of("*.y?ml"),
            List.of("w1*"),
            List.of("*[0-9].yaml"),
            List.of("tmp"),
            List.of("**/x/*.yaml"),
            List.of("group-1/**"),
            List.of("*.{yaml,yml}"),
            List.of("*.YAML"),
            List.of("*.yaml", "team-3/**"),
            List.of("*a"),
            List.of("[!w]*"),
            List.of("[a-x]?"),
            List.of("[-a]*"),
            List.of("w[0-9]*"),
            List.of("[^w]*"),
            List.of("\\*"),
            List.of("x\\.yaml"),
            List.of("{w0,x}.*"),
            List.of("{group-1/**,x/*}"),
            List.of("a.yaml.b?k"),
            List.of("*(1)"),
            List.of("w+.yml"),
            List.of("[a-]*"),
            List.of("[^w]*"),
            List.of("[!a-x]"),
            List.of("*{.yaml,.yml,}"),
            List.of("{a,b}{,x}*"),
            List.of("**.yaml"),
            List.of("*/*"),
            List.of("**/*.yml"),
            List.of("[&&]*"),
            List.of("?*?"));
    String[] names = {
      "*",
      "-a",
      "^x",
      "w-1",
      "w+.yml",
      "b(1)",
      "w0.yaml",
      "w1.yml",
      "x.YAML",
      ".yaml",
      "yaml",
      "a.yaml.bak",
      "tmp",
      "team-3",
      "w12.yaml",
      "notes.txt",
      "a",
      "ba",
      "w1",
      "x"
    };
    String[] folders = {"", "group-1/", "group-1/team-3/", "x/", "a/x/"};
    Random random = new Random(3);
    for (List<String> patterns : patternSets) {
      Globs globs = new Globs(patterns);
      for (int i = 0; i < 300; i++) {
        String relative =
            folders[random.nextInt(folders.length)] + names[random.nextInt(names.length)];
        assertThat(globs.matches(relative))
            .as("%s ~ %s", relative, patterns)
            .isEqualTo(reference(patterns, relative));
      }
    }
  }

  /**
   * A pattern is refused exactly when the platform's matcher refuses it, with words, not an
   * exception's.
   */
  @Test
  void patternsThePlatformRefusesAreRefusedWithAReason() {
    var fs = FileSystems.getDefault();
    String[] patterns = {
      "[",
      "[a",
      "{a,{b,c}}",
      "{a",
      "a\\",
      "[a/b]",
      "[z-a]",
      "[]",
      "[!]",
      "[a-]",
      "[-]",
      "}",
      "a,b",
      "[[]",
      "[a&&b]",
      "**",
      "{}",
      "{,}",
      "\\q",
      "[^a]",
      "[!-a]",
      "a{b,c}d",
      "w[0-9-]",
      "[]a]",
      "[!]a]",
      "[--z]",
      "[a-c-e]",
      "[^-a]",
      "[&&]",
      "[\\]",
      "[!-a]"
    };
    for (String p : patterns) {
      boolean platform = true;
      try {
        fs.getPathMatcher("glob:" + p);
      } catch (RuntimeException e) {
        platform = false;
      }
      boolean ours = true;
      try {
        Glob.check(p);
      } catch (Glob.Invalid e) {
        ours = false;
        assertThat(e.getMessage()).as(p).doesNotContain("Exception").doesNotContain("\n");
      }
      assertThat(ours).as("%s accepted", p).isEqualTo(platform);
    }
    assertThat(catchThrowable(() -> Glob.check(""))).isInstanceOf(Glob.Invalid.class);
  }

  /**
   * Names the JVM cannot encode back into a path (U+FFFD from an undecodable byte) are matched as
   * text.
   */
  @Test
  void undecodableNamesAreMatchedAsText() {
    assertThat(new Globs(List.of("*.yaml")).matches("bad\uFFFD.yaml")).isTrue();
    assertThat(new Globs(List.of("b*.y?ml")).matches("dir/bad\uFFFD.yaml")).isTrue();
    assertThat(new Globs(List.of("dir/**")).matches("dir/caf\uFFFD\uFFFD.yaml")).isTrue();
    assertThat(new Globs(List.of("x*")).matches("caf\uFFFD.yaml")).isFalse();
  }
}
