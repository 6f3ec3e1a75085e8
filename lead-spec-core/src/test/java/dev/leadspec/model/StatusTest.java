package dev.leadspec.model;

import static dev.leadspec.model.Status.MET;
import static dev.leadspec.model.Status.NOT_MET;
import static dev.leadspec.model.Status.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusTest {

  @Test
  void and_follows_kleene_not_met_dominates_then_unknown() {
    assertThat(MET.and(MET)).isEqualTo(MET);
    assertThat(MET.and(UNKNOWN)).isEqualTo(UNKNOWN);
    assertThat(UNKNOWN.and(UNKNOWN)).isEqualTo(UNKNOWN);
    assertThat(NOT_MET.and(UNKNOWN)).isEqualTo(NOT_MET);
    assertThat(UNKNOWN.and(NOT_MET)).isEqualTo(NOT_MET);
    assertThat(MET.and(NOT_MET)).isEqualTo(NOT_MET);
  }

  @Test
  void or_is_the_dual_met_dominates_then_unknown() {
    assertThat(NOT_MET.or(NOT_MET)).isEqualTo(NOT_MET);
    assertThat(NOT_MET.or(UNKNOWN)).isEqualTo(UNKNOWN);
    assertThat(MET.or(UNKNOWN)).isEqualTo(MET);
    assertThat(UNKNOWN.or(MET)).isEqualTo(MET);
    assertThat(UNKNOWN.or(UNKNOWN)).isEqualTo(UNKNOWN);
  }

  @Test
  void not_swaps_met_and_not_met_and_keeps_unknown() {
    assertThat(MET.not()).isEqualTo(NOT_MET);
    assertThat(NOT_MET.not()).isEqualTo(MET);
    assertThat(UNKNOWN.not()).isEqualTo(UNKNOWN);
  }
}
