package dev.leadspec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.model.Status;
import org.junit.jupiter.api.Test;

class KleeneTest {

  @Test
  void conjunction_and_disjunction_are_the_thresholds_of_all_parts_and_of_one_part() {
    for (Status a : Status.values()) {
      for (Status b : Status.values()) {
        // given
        int met = count(a, b, Status.MET);
        int unknown = count(a, b, Status.UNKNOWN);
        // when
        int and = Kleene.and(a.ordinal(), b.ordinal());
        int or = Kleene.or(a.ordinal(), b.ordinal());
        // then
        assertThat(and).as("%s and %s", a, b).isEqualTo(Kleene.atLeast(met, unknown, 2));
        assertThat(or).as("%s or %s", a, b).isEqualTo(Kleene.atLeast(met, unknown, 1));
      }
    }
  }

  @Test
  void negation_swaps_met_and_not_met_and_keeps_unknown() {
    assertThat(Status.values()[Kleene.not(Kleene.MET)]).isEqualTo(Status.NOT_MET);
    assertThat(Status.values()[Kleene.not(Kleene.NOT_MET)]).isEqualTo(Status.MET);
    assertThat(Status.values()[Kleene.not(Kleene.UNKNOWN)]).isEqualTo(Status.UNKNOWN);
  }

  @Test
  void a_threshold_is_unknown_while_the_unknown_parts_could_still_reach_it() {
    assertThat(Status.values()[Kleene.atLeast(2, 1, 3)]).isEqualTo(Status.UNKNOWN);
    assertThat(Status.values()[Kleene.atLeast(1, 1, 3)]).isEqualTo(Status.NOT_MET);
    assertThat(Status.values()[Kleene.atLeast(3, 0, 3)]).isEqualTo(Status.MET);
  }

  private static int count(Status a, Status b, Status wanted) {
    return (a == wanted ? 1 : 0) + (b == wanted ? 1 : 0);
  }
}
