package dev.leadspec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The lifted rules agree with the scalar ones on every combination of small sets of statuses. */
class KleeneSetsTest {
  private static final int MAX_PARTS = 4;

  @Test
  void the_lifted_negation_is_the_negation_of_every_status_in_the_set() {
    for (int set = 0; set < 8; set++) {
      // given
      int expected = 0;
      for (int code = 0; code < 3; code++) {
        if ((set & Kleene.set(code)) != 0) {
          expected |= Kleene.set(Kleene.not(code));
        }
      }
      // when
      int lifted = Kleene.notOfSet(set);
      // then
      assertThat(lifted).as("not of set %s", set).isEqualTo(expected);
    }
  }

  @Test
  void the_lifted_threshold_gives_exactly_the_statuses_some_choice_of_part_statuses_gives() {
    for (int parts = 0; parts <= MAX_PARTS; parts++) {
      for (int[] sets : allSets(parts)) {
        for (int count = 0; count <= parts + 1; count++) {
          // given
          int expected = enumerate(sets, count);
          // when
          int lifted = Kleene.atLeastOfSets(sets, count);
          // then
          assertThat(lifted).as("at least %s of %s", count, Arrays.toString(sets)).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void conjunction_and_disjunction_lifted_are_the_thresholds_of_all_parts_and_of_one() {
    for (int parts = 1; parts <= MAX_PARTS; parts++) {
      for (int[] sets : allSets(parts)) {
        // given
        int and = 0;
        int or = 0;
        for (int[] codes : choices(sets)) {
          int a = codes[0];
          int o = codes[0];
          for (int i = 1; i < codes.length; i++) {
            a = Kleene.and(a, codes[i]);
            o = Kleene.or(o, codes[i]);
          }
          and |= Kleene.set(a);
          or |= Kleene.set(o);
        }
        // when
        int all = Kleene.atLeastOfSets(sets, parts);
        int any = Kleene.atLeastOfSets(sets, 1);
        // then
        assertThat(all).as("all of %s", Arrays.toString(sets)).isEqualTo(and);
        assertThat(any).as("any of %s", Arrays.toString(sets)).isEqualTo(or);
      }
    }
  }

  @Test
  void a_threshold_decided_by_the_first_parts_has_that_single_status_whatever_the_rest() {
    for (int parts = 1; parts <= MAX_PARTS; parts++) {
      for (int[] sets : allSets(parts)) {
        for (int count = 0; count <= parts + 1; count++) {
          int onlyMet = 0;
          int onlyNotMet = 0;
          for (int k = 0; k < parts; k++) {
            // given
            onlyMet += sets[k] == Kleene.set(Kleene.MET) ? 1 : 0;
            onlyNotMet += sets[k] == Kleene.set(Kleene.NOT_MET) ? 1 : 0;
            if (!Kleene.atLeastDecided(count, parts, onlyMet, onlyNotMet)) {
              continue;
            }
            // when
            int prefix = tallied(Arrays.copyOf(sets, k + 1), count, parts);
            // then
            assertThat(Kleene.isSingle(prefix)).as("prefix %s of %s", k, Arrays.toString(sets)).isTrue();
            assertThat(prefix).as("at least %s of %s, decided after %s", count, Arrays.toString(sets), k + 1)
                .isEqualTo(enumerate(sets, count));
            break;
          }
        }
      }
    }
  }

  @Test
  void a_single_set_names_its_status() {
    assertThat(Kleene.codeOf(Kleene.set(Kleene.UNKNOWN))).isEqualTo(Kleene.UNKNOWN);
    assertThat(Kleene.isSingle(Kleene.set(Kleene.MET) | Kleene.set(Kleene.NOT_MET))).isFalse();
    assertThat(Kleene.isSingle(0)).isFalse();
  }

  /** The threshold's statuses over every choice of one status per part, through the scalar rule. */
  private static int enumerate(int[] sets, int count) {
    int result = 0;
    for (int[] codes : choices(sets)) {
      int met = 0;
      int unknown = 0;
      for (int code : codes) {
        met += code == Kleene.MET ? 1 : 0;
        unknown += code == Kleene.UNKNOWN ? 1 : 0;
      }
      result |= Kleene.set(Kleene.atLeast(met, unknown, count));
    }
    return result;
  }

  /** The lifted threshold over a partial tally of {@code parts} parts. */
  private static int tallied(int[] sets, int count, int parts) {
    int canMet = 0;
    int canNotMet = 0;
    int canUnknown = 0;
    int onlyMet = 0;
    int onlyNotMet = 0;
    for (int s : sets) {
      canMet += (s & Kleene.set(Kleene.MET)) != 0 ? 1 : 0;
      canNotMet += (s & Kleene.set(Kleene.NOT_MET)) != 0 ? 1 : 0;
      canUnknown += (s & Kleene.set(Kleene.UNKNOWN)) != 0 ? 1 : 0;
      onlyMet += s == Kleene.set(Kleene.MET) ? 1 : 0;
      onlyNotMet += s == Kleene.set(Kleene.NOT_MET) ? 1 : 0;
    }
    return Kleene.atLeastOfSets(count, parts, canMet, canNotMet, canUnknown, onlyMet, onlyNotMet);
  }

  /** Every tuple of non-empty status sets of the given length. */
  private static int[][] allSets(int parts) {
    int total = (int) Math.pow(7, parts);
    int[][] all = new int[total][parts];
    for (int n = 0; n < total; n++) {
      int rest = n;
      for (int i = 0; i < parts; i++) {
        all[n][i] = rest % 7 + 1;
        rest /= 7;
      }
    }
    return all;
  }

  /** Every tuple of status codes, one from each set. */
  private static int[][] choices(int[] sets) {
    int[][] result = {new int[0]};
    for (int set : sets) {
      int[][] next = new int[result.length * Integer.bitCount(set)][];
      int k = 0;
      for (int[] prefix : result) {
        for (int code = 0; code < 3; code++) {
          if ((set & Kleene.set(code)) != 0) {
            int[] longer = Arrays.copyOf(prefix, prefix.length + 1);
            longer[prefix.length] = code;
            next[k++] = longer;
          }
        }
      }
      result = next;
    }
    return result;
  }
}
