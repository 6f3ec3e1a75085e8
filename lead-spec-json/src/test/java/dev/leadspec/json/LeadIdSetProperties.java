package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The duplicate-id check of every lead reader answers as a set of the ids seen would, whether the
 * ids come in increasing order (appended), out of order from the start, or in order for a while
 * and then not (moved into the table), up to the number of ids it remembers.
 */
class LeadIdSetProperties {
  private static final long SEED = Long.getLong("leadspec.seed", 20261203L);

  @Test
  void the_id_check_answers_as_a_set_of_the_ids_seen_in_any_order_of_arrival() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int run = 0; run < 400; run++) {
      // given: a remembered count, and ids in order for a random while, then in any order with repeats
      int max = 1 + random.nextInt(3000);
      int ids = random.nextInt(4000);
      int ordered = random.nextInt(ids + 1);
      LeadSource.IdSet set = new LeadSource.IdSet(max);
      Set<String> seen = new HashSet<>();
      for (int k = 0; k < ids; k++) {
        String id = k < ordered ? "S-" + (k * (1 + random.nextInt(3)) + k) : "S-" + random.nextInt(Math.max(1, 2 * ids));
        // when
        boolean added = set.add(id);
        // then: new ids are added while fewer than max are remembered; a remembered id is a duplicate
        boolean expected = !seen.contains(id);
        if (expected && seen.size() < max) {
          seen.add(id);
        }
        assertThat(added).as("seed %s, run %s, id #%s %s (max %s, ordered %s)", SEED, run, k, id, max, ordered)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void ids_in_increasing_order_shorter_first_are_all_new_and_a_repeat_after_them_is_found() {
    // given
    LeadSource.IdSet set = new LeadSource.IdSet(100_000);
    for (int i = 0; i < 50_000; i++) {
      assertThat(set.add("S-" + i)).as("S-%s", i).isTrue();
    }

    // then: the first id out of order moves the ids into the table, and every one is still found
    assertThat(set.add("S-7")).isFalse();
    assertThat(set.add("S-49999")).isFalse();
    assertThat(set.add("S-50000")).isTrue();
    assertThat(set.add("A-1")).isTrue();
    assertThat(set.add("S-0")).isFalse();
  }
}
