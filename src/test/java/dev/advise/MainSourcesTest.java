package dev.advise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What ArchitectureTest cannot see in compiled classes, read from the main sources: names are
 * imported, not written out inline, so a reader sees a file's dependencies at its top; and no file
 * is longer than a reader can hold (the project's 300 lines).
 */
class MainSourcesTest {

  private static final Path MAIN = Path.of("src/main/java");

  /** A package path (lower-case segments from a known root) followed by a class name. */
  private static final Pattern INLINE_NAME =
      Pattern.compile("(?<![\\w.])(?:java|javax|dev|picocli|org|com)(?:\\.[a-z]\\w*)+\\.[A-Z]\\w*");

  @Test
  void noMainSourceWritesAFullyQualifiedNameInline() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        found.addAll(inlineNames(file.toString(), Files.readString(file)));
      }
    }
    assertThat(found).as("import these instead").isEmpty();
  }

  @Test
  void noMainSourceIsOver300Lines() throws IOException {
    List<String> tooLong = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        long lines = Files.readAllLines(file).size();
        if (lines > 300) {
          tooLong.add(file + ": " + lines + " lines");
        }
      }
    }
    assertThat(tooLong).as("split these").isEmpty();
  }

  @Test
  void theScanFindsInlineNamesInCodeButNotInCommentsStringsOrImports() {
    String source =
        """
        package a.b;
        import java.util.List;
        /** See {@link java.util.Map}. */
        class X {
          // java.util.Set in a comment
          String s = "java.util.Queue in a string";
          java.util.Optional<String> o = java.util.Optional.empty();
        }
        """;
    assertThat(inlineNames("X.java", source))
        .containsExactly("X.java:7: java.util.Optional", "X.java:7: java.util.Optional");
  }

  /** Each inline fully qualified name in code, as "file:line: name". */
  static List<String> inlineNames(String file, String source) {
    String[] lines = codeOnly(source).split("\n", -1);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("import ") || line.startsWith("package ")) {
        continue;
      }
      Matcher m = INLINE_NAME.matcher(lines[i]);
      while (m.find()) {
        out.add(file + ":" + (i + 1) + ": " + m.group());
      }
    }
    return out;
  }

  /** The source with comments and string and character literals blanked, line breaks kept. */
  private static String codeOnly(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int end;
      if (s.startsWith("//", i)) {
        end = s.indexOf('\n', i);
        end = end < 0 ? s.length() : end;
      } else if (s.startsWith("/*", i)) {
        end = s.indexOf("*/", i + 2);
        end = end < 0 ? s.length() : end + 2;
      } else if (s.startsWith("\"\"\"", i)) {
        end = s.indexOf("\"\"\"", i + 3);
        end = end < 0 ? s.length() : end + 3;
      } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
        end = i + 1;
        while (end < s.length() && s.charAt(end) != s.charAt(i)) {
          end += s.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(s.length(), end + 1);
      } else {
        out.append(s.charAt(i++));
        continue;
      }
      for (int k = i; k < end; k++) {
        out.append(s.charAt(k) == '\n' ? '\n' : ' ');
      }
      i = end;
    }
    return out.toString();
  }
}
