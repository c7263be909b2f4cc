package dev.advise.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Descriptor names for drafts: a Kubernetes or Compose name made to fit the descriptor's rule (1-63
 * of a-z, 0-9 and '-'), then made unique: the namespace first when it tells same-named objects
 * apart, a number after that.
 */
final class Names {

  private Names() {}

  static List<String> unique(List<Draft> drafts) {
    Map<String, Integer> count = new HashMap<>();
    for (Draft d : drafts) {
      count.merge(normalize(d.name), 1, Integer::sum);
    }
    Set<String> taken = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (Draft d : drafts) {
      String name = normalize(d.name);
      if (count.get(name) > 1 && !d.namespace.isEmpty()) {
        name = normalize(d.namespace + "-" + d.name);
      }
      String candidate = name;
      for (int n = 2; !taken.add(candidate); n++) {
        String suffix = "-" + n;
        candidate = trim(name.substring(0, Math.min(name.length(), 63 - suffix.length()))) + suffix;
      }
      out.add(candidate);
    }
    return out;
  }

  /**
   * Lower case, anything else than a-z and 0-9 becomes '-', no leading, trailing or doubled '-'.
   */
  static String normalize(String raw) {
    StringBuilder sb = new StringBuilder();
    for (char c : raw.toLowerCase(Locale.ROOT).toCharArray()) {
      boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
      if (ok) {
        sb.append(c);
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
        sb.append('-');
      }
    }
    String name = trim(sb.length() > 63 ? sb.substring(0, 63) : sb.toString());
    return name.isEmpty() ? "workload" : name;
  }

  private static String trim(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '-') {
      end--;
    }
    return s.substring(0, end);
  }
}
