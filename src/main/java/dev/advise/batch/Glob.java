package dev.advise.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * A glob pattern with the platform matcher's syntax ({@code *} within a name, {@code **} across
 * names, {@code ?}, {@code [a-z]}, {@code [!x]}, {@code {a,b}}, {@code \} to escape), matched
 * against a string by hand. Matching works on strings, not on {@code Path}s: a file name the JVM
 * could not turn back into a path (an undecodable name in the C locale) must still be matched, not
 * end the run. A pattern the platform would refuse is refused here with a sentence saying what is
 * wrong, so the command line can report it. No regular expression is involved: the per-file path
 * uses none (docs/performance.md), and a match costs pattern x name steps at most.
 */
public final class Glob {

  /** A pattern that cannot be compiled; the message says why, in a few words. */
  public static final class Invalid extends IllegalArgumentException {
    Invalid(String message) {
      super(message);
    }
  }

  /** Braces multiply alternatives ({a,b}{c,d} is four); past this many a pattern is refused. */
  private static final int MAX_ALTERNATIVES = 256;

  private enum Kind {
    LITERAL,
    ONE,
    STAR,
    STARS,
    CLASS
  }

  /**
   * One step of a pattern: a character, any one character but '/', {@code *}, {@code **}, a class.
   */
  private record Token(Kind kind, int literal, int[] ranges, boolean negated) {
    boolean matches(int c) {
      return switch (kind) {
        case LITERAL -> c == literal;
        case ONE -> c != '/';
        case CLASS -> c != '/' && inRanges(c) != negated;
        default -> false;
      };
    }

    private boolean inRanges(int c) {
      for (int i = 0; i < ranges.length; i += 2) {
        if (c >= ranges[i] && c <= ranges[i + 1]) {
          return true;
        }
      }
      return false;
    }
  }

  /** Each way the pattern can be read once its braces are expanded. */
  private final List<Token[]> alternatives;

  private Glob(List<Token[]> alternatives) {
    this.alternatives = alternatives;
  }

  /** Checks a pattern as the command line gives it; throws {@link Invalid} when it is not one. */
  public static void check(String glob) {
    compile(glob);
  }

  public static Glob compile(String glob) {
    if (glob.isEmpty()) {
      throw new Invalid("an empty pattern matches nothing");
    }
    List<List<Token>> done = new ArrayList<>();
    done.add(new ArrayList<>());
    List<List<Token>> group = null;
    int[] cps = glob.codePoints().toArray();
    int i = 0;
    while (i < cps.length) {
      int c = cps[i++];
      List<Token> into = group == null ? null : group.get(group.size() - 1);
      Token token = null;
      switch (c) {
        case '\\' -> {
          if (i == cps.length) {
            throw new Invalid("'\\' at the end escapes nothing");
          }
          token = new Token(Kind.LITERAL, cps[i++], null, false);
        }
        case '[' -> {
          int[] end = {i};
          token = charClass(cps, end);
          i = end[0];
        }
        case '{' -> {
          if (group != null) {
            throw new Invalid(
                "a group {...} inside another cannot be matched (at character " + i + ")");
          }
          group = new ArrayList<>();
          group.add(new ArrayList<>());
        }
        case '}' -> {
          if (group == null) {
            token = new Token(Kind.LITERAL, c, null, false);
          } else {
            done = product(done, group);
            group = null;
          }
        }
        case ',' -> {
          if (group == null) {
            token = new Token(Kind.LITERAL, c, null, false);
          } else {
            group.add(new ArrayList<>());
          }
        }
        case '*' -> {
          boolean two = i < cps.length && cps[i] == '*';
          i += two ? 1 : 0;
          token = new Token(two ? Kind.STARS : Kind.STAR, 0, null, false);
        }
        case '?' -> token = new Token(Kind.ONE, 0, null, false);
        default -> token = new Token(Kind.LITERAL, c, null, false);
      }
      if (token != null) {
        if (into != null) {
          into.add(token);
        } else {
          for (List<Token> d : done) {
            d.add(token);
          }
        }
      }
    }
    if (group != null) {
      throw new Invalid("'{' is never closed by '}'");
    }
    return new Glob(done.stream().map(d -> d.toArray(new Token[0])).toList());
  }

  private static List<List<Token>> product(List<List<Token>> before, List<List<Token>> group) {
    if ((long) before.size() * group.size() > MAX_ALTERNATIVES) {
      throw new Invalid("more than " + MAX_ALTERNATIVES + " alternatives in its {...} groups");
    }
    List<List<Token>> out = new ArrayList<>();
    for (List<Token> b : before) {
      for (List<Token> g : group) {
        List<Token> joined = new ArrayList<>(b);
        joined.addAll(g);
        out.add(joined);
      }
    }
    return out;
  }

  /**
   * The class that starts after the '[' at {@code at[0]}: never a '/', '!' first to negate, '^'
   * first as itself, '-' first or last as itself, ranges in order. Leaves {@code at[0]} after its
   * ']'.
   */
  private static Token charClass(int[] cps, int[] at) {
    int i = at[0];
    int opened = i;
    boolean negated = false;
    List<Integer> ranges = new ArrayList<>();
    if (i < cps.length && cps[i] == '^') {
      ranges.add((int) '^'); // itself, not a negation; and no range starts from it
      ranges.add((int) '^');
      i++;
    } else {
      if (i < cps.length && cps[i] == '!') {
        negated = true;
        i++;
      }
      if (i < cps.length && cps[i] == '-') {
        ranges.add((int) '-');
        ranges.add((int) '-');
        i++;
      }
    }
    boolean rangeStart = false;
    int last = 0;
    while (i < cps.length) {
      int c = cps[i++];
      if (c == ']') {
        if (ranges.isEmpty()) {
          throw new Invalid("'[]' at character " + opened + " holds no character");
        }
        at[0] = i;
        return new Token(
            Kind.CLASS, 0, ranges.stream().mapToInt(Integer::intValue).toArray(), negated);
      }
      if (c == '/') {
        throw new Invalid("'/' cannot stand in a [...] class (at character " + i + ")");
      }
      if (c != '-') {
        ranges.add(c);
        ranges.add(c);
        rangeStart = true;
        last = c;
        continue;
      }
      if (!rangeStart) {
        throw new Invalid("a range in [...] needs a first character (at character " + i + ")");
      }
      if (i >= cps.length || cps[i] == ']') {
        ranges.add((int) '-');
        ranges.add((int) '-');
        continue;
      }
      int end = cps[i++];
      if (end < last) {
        throw new Invalid(
            "the range "
                + Character.toString(last)
                + "-"
                + Character.toString(end)
                + " runs backwards");
      }
      ranges.set(ranges.size() - 1, end);
      rangeStart = false;
    }
    throw new Invalid("'[' at character " + opened + " is never closed by ']'");
  }

  /** Whether the whole of {@code text} matches. */
  public boolean matches(String text) {
    int[] cps = text.codePoints().toArray();
    for (Token[] tokens : alternatives) {
      if (matches(tokens, cps)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens match all of {@code s}: a row of "the tokens so far match s[0..j)" per token.
   */
  private static boolean matches(Token[] tokens, int[] s) {
    boolean[] row = new boolean[s.length + 1];
    boolean[] next = new boolean[s.length + 1];
    row[0] = true;
    for (Token t : tokens) {
      switch (t.kind()) {
        case STAR -> {
          next[0] = row[0];
          for (int j = 1; j <= s.length; j++) {
            next[j] = row[j] || next[j - 1] && s[j - 1] != '/';
          }
        }
        case STARS -> {
          next[0] = row[0];
          for (int j = 1; j <= s.length; j++) {
            next[j] = row[j] || next[j - 1];
          }
        }
        default -> {
          next[0] = false;
          for (int j = 1; j <= s.length; j++) {
            next[j] = row[j - 1] && t.matches(s[j - 1]);
          }
        }
      }
      boolean[] swap = row;
      row = next;
      next = swap;
    }
    return row[s.length];
  }
}
