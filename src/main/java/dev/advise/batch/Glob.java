package dev.advise.batch;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A glob pattern compiled to a regular expression over a string, with the platform matcher's
 * syntax ({@code *} within a name, {@code **} across names, {@code ?}, {@code [a-z]},
 * {@code [!x]}, {@code {a,b}}, {@code \} to escape). Matching works on strings, not on
 * {@code Path}s: a file name the JVM could not encode back to a path (an undecodable name in
 * the C locale) must still be matched, not end the run. A pattern the matcher would refuse is
 * refused here with a sentence saying what is wrong, so the command line can report it.
 */
public final class Glob {

  /** A pattern that cannot be compiled; the message says why, in a few words. */
  public static final class Invalid extends IllegalArgumentException {
    Invalid(String message) {
      super(message);
    }
  }

  private static final String REGEX_SPECIAL = ".^$+{[]|()";
  private static final String GLOB_SPECIAL = "\\*?[{";

  private Glob() {}

  /** Checks a pattern as the command line gives it; throws {@link Invalid} when it is not one. */
  public static void check(String glob) {
    compile(glob);
  }

  /** The regular expression that matches what {@code glob} matches, whole. */
  public static Pattern compile(String glob) {
    if (glob.isEmpty()) {
      throw new Invalid("an empty pattern matches nothing");
    }
    StringBuilder regex = new StringBuilder();
    boolean inGroup = false;
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i++);
      switch (c) {
        case '\\' -> {
          if (i == glob.length()) {
            throw new Invalid("'\\' at the end escapes nothing");
          }
          char next = glob.charAt(i++);
          if (GLOB_SPECIAL.indexOf(next) >= 0 || REGEX_SPECIAL.indexOf(next) >= 0) {
            regex.append('\\');
          }
          regex.append(next);
        }
        case '[' -> i = charClass(glob, i, regex);
        case '{' -> {
          if (inGroup) {
            throw new Invalid("a group {...} inside another cannot be matched (at character " + i + ")");
          }
          regex.append("(?:(?:");
          inGroup = true;
        }
        case '}' -> {
          regex.append(inGroup ? "))" : "\\}");
          inGroup = false;
        }
        case ',' -> regex.append(inGroup ? ")|(?:" : ",");
        case '*' -> {
          if (i < glob.length() && glob.charAt(i) == '*') {
            regex.append(".*");
            i++;
          } else {
            regex.append("[^/]*");
          }
        }
        case '?' -> regex.append("[^/]");
        default -> {
          if (REGEX_SPECIAL.indexOf(c) >= 0) {
            regex.append('\\');
          }
          regex.append(c);
        }
      }
    }
    if (inGroup) {
      throw new Invalid("'{' is never closed by '}'");
    }
    try {
      return Pattern.compile(regex.toString());
    } catch (PatternSyntaxException e) {
      throw new Invalid("not a valid pattern");
    }
  }

  /**
   * Appends the class that starts after the '[' before {@code i}: never a '/', '!' first to
   * negate, '-' first or last as itself, ranges in order. Returns the index after its ']'.
   */
  private static int charClass(String glob, int i, StringBuilder regex) {
    int opened = i;
    regex.append("[[^/]&&[");
    if (i < glob.length() && glob.charAt(i) == '^') {
      regex.append("\\^");
      i++;
    } else {
      if (i < glob.length() && glob.charAt(i) == '!') {
        regex.append('^');
        i++;
      }
      if (i < glob.length() && glob.charAt(i) == '-') {
        regex.append('-');
        i++;
      }
    }
    boolean rangeStart = false;
    char last = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i++);
      if (c == ']') {
        regex.append("]]");
        return i;
      }
      if (c == '/') {
        throw new Invalid("'/' cannot stand in a [...] class (at character " + i + ")");
      }
      if (c == '\\' || c == '[' || c == '&' && i < glob.length() && glob.charAt(i) == '&') {
        regex.append('\\');
      }
      regex.append(c);
      if (c != '-') {
        rangeStart = true;
        last = c;
        continue;
      }
      if (!rangeStart) {
        throw new Invalid("a range in [...] needs a first character (at character " + i + ")");
      }
      if (i >= glob.length() || glob.charAt(i) == ']') {
        continue;
      }
      char end = glob.charAt(i++);
      if (end < last) {
        throw new Invalid("the range " + last + "-" + end + " runs backwards");
      }
      regex.append(end);
      rangeStart = false;
    }
    throw new Invalid("'[' at character " + opened + " is never closed by ']'");
  }
}
