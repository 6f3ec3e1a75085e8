package dev.leadspec.test;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows over fields with {@code counts[i]} options each: every combination when the product is
 * small, otherwise a greedy, deterministic pairwise covering (every pair of options of every two
 * fields occurs in some row), in the manner of AETG without its randomness.
 */
final class Covering {
  private Covering() {}

  static long product(int[] counts) {
    long product = 1;
    for (int count : counts) {
      product *= count;
      if (product > Integer.MAX_VALUE) {
        return Long.MAX_VALUE;
      }
    }
    return product;
  }

  static List<int[]> rows(int[] counts, int exhaustiveLimit) {
    return product(counts) <= exhaustiveLimit || counts.length < 2 ? all(counts) : pairwise(counts);
  }

  private static List<int[]> all(int[] counts) {
    List<int[]> rows = new ArrayList<>();
    int[] row = new int[counts.length];
    while (true) {
      rows.add(row.clone());
      int i = counts.length - 1;
      while (i >= 0 && ++row[i] == counts[i]) {
        row[i] = 0;
        i--;
      }
      if (i < 0) {
        return rows;
      }
    }
  }

  private static List<int[]> pairwise(int[] counts) {
    int n = counts.length;
    boolean[][][] uncovered = new boolean[n][n][];
    long remaining = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        uncovered[i][j] = new boolean[counts[i] * counts[j]];
        java.util.Arrays.fill(uncovered[i][j], true);
        remaining += counts[i] * counts[j];
      }
    }
    List<int[]> rows = new ArrayList<>();
    while (remaining > 0) {
      int[] row = new int[n];
      java.util.Arrays.fill(row, -1);
      seed(uncovered, counts, row);
      for (int k = 0; k < n; k++) {
        if (row[k] >= 0) {
          continue;
        }
        int best = 0;
        int bestGain = -1;
        for (int v = 0; v < counts[k]; v++) {
          int gain = 0;
          for (int other = 0; other < n; other++) {
            if (other != k && row[other] >= 0 && isUncovered(uncovered, counts, k, v, other, row[other])) {
              gain++;
            }
          }
          if (gain > bestGain) {
            best = v;
            bestGain = gain;
          }
        }
        row[k] = best;
      }
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          int index = row[i] * counts[j] + row[j];
          if (uncovered[i][j][index]) {
            uncovered[i][j][index] = false;
            remaining--;
          }
        }
      }
      rows.add(row);
    }
    return rows;
  }

  /** Puts the first uncovered pair into the empty row. */
  private static void seed(boolean[][][] uncovered, int[] counts, int[] row) {
    for (int i = 0; i < counts.length; i++) {
      for (int j = i + 1; j < counts.length; j++) {
        boolean[] pairs = uncovered[i][j];
        for (int index = 0; index < pairs.length; index++) {
          if (pairs[index]) {
            row[i] = index / counts[j];
            row[j] = index % counts[j];
            return;
          }
        }
      }
    }
  }

  private static boolean isUncovered(boolean[][][] uncovered, int[] counts, int a, int va, int b, int vb) {
    return a < b ? uncovered[a][b][va * counts[b] + vb] : uncovered[b][a][vb * counts[a] + va];
  }
}
