package dev.leadspec.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** "Did you mean" for misspelled names: the nearest candidate within a small edit distance. Internal. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * {@code " (did you mean "x"?)"} for the nearest candidate (ties broken alphabetically, case
   * ignored) within an edit distance of a third of the name's length (at least 2), or empty.
   *
   * @param name the misspelled name
   * @param candidates the names that exist, in any order
   * @return the suggestion, with a leading space, or the empty string
   */
  public static String suggestion(String name, Iterable<String> candidates) {
    List<String> sorted = new ArrayList<>();
    candidates.forEach(sorted::add);
    sorted.sort(null);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = name.toLowerCase(Locale.ROOT);
    for (String candidate : sorted) {
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best != null && bestDistance <= Math.max(2, name.length() / 3) ? " (did you mean \"" + best + "\"?)" : "";
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
