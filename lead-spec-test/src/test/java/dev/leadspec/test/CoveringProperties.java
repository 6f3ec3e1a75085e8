package dev.leadspec.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CoveringProperties {

  @Test
  void every_pair_of_options_of_every_two_fields_occurs_in_some_row_and_far_fewer_rows_than_all() {
    long seed = Long.getLong(LeadProperty.SEED_PROPERTY, LeadProperty.DEFAULT_SEED);
    SplittableRandom random = new SplittableRandom(seed);
    for (int trial = 0; trial < 40; trial++) {
      // given
      int[] counts = new int[2 + random.nextInt(12)];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = 1 + random.nextInt(11);
      }
      // when
      List<int[]> rows = Covering.rows(counts, 0);
      // then
      for (int a = 0; a < counts.length; a++) {
        for (int b = a + 1; b < counts.length; b++) {
          for (int va = 0; va < counts[a]; va++) {
            for (int vb = 0; vb < counts[b]; vb++) {
              int fa = a;
              int fb = b;
              int x = va;
              int y = vb;
              assertThat(rows).as("seed %d trial %d: fields %d=%d and %d=%d", seed, trial, a, va, b, vb)
                  .anyMatch(row -> row[fa] == x && row[fb] == y);
            }
          }
        }
      }
      int max = 1;
      int second = 1;
      for (int count : counts) {
        if (count > max) {
          second = max;
          max = count;
        } else if (count > second) {
          second = count;
        }
      }
      assertThat(rows.size()).as("seed %d trial %d", seed, trial).isGreaterThanOrEqualTo(max * second)
          .isLessThanOrEqualTo(Math.max(max * second * 4, 1));
    }
  }

  @Test
  void small_products_are_covered_exhaustively_in_order() {
    // then
    assertThat(Covering.rows(new int[] {2, 3}, 6)).containsExactly(
        new int[] {0, 0}, new int[] {0, 1}, new int[] {0, 2}, new int[] {1, 0}, new int[] {1, 1}, new int[] {1, 2});
    assertThat(Covering.product(new int[] {100_000, 100_000, 100_000})).isEqualTo(Long.MAX_VALUE);
  }
}
