package dev.leadspec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadTest {
  private static final Instant DELIVERED = Instant.parse("2026-03-02T10:15:00Z");
  private static final Evidence RECORDING = Evidence.of("rec-17.ogg", Instant.parse("2026-03-02T10:10:00Z"));

  private static Lead.Builder lead(String id) {
    return Lead.builder().id(id).deliveredAt(DELIVERED);
  }

  @Test
  void facts_keep_the_order_they_were_given_in() {
    // when
    Lead lead = lead("L-1").fact("region", "RU-MOW").fact("employees", 120).fact("industry", "RETAIL").build();

    // then
    assertThat(lead.facts()).containsExactly(
        Map.entry("region", Value.of("RU-MOW")), Map.entry("employees", Value.of(120)), Map.entry("industry", Value.of("RETAIL")));
  }

  @Test
  void a_fact_set_again_replaces_the_earlier_value_in_its_place() {
    // when
    Lead lead = lead("L-1").fact("employees", 49).fact("industry", "RETAIL").fact("employees", 50).build();

    // then
    assertThat(lead.facts().keySet()).containsExactly("employees", "industry");
    assertThat(lead.fact("employees")).contains(Value.of(50));
  }

  @Test
  void an_absent_fact_is_unknown() {
    // when
    Lead lead = lead("L-1").fact("industry", "RETAIL").build();

    // then
    assertThat(lead.fact("employees")).isEmpty();
    assertThat(lead.facts()).doesNotContainKey("employees");
  }

  @Test
  void a_fact_is_found_by_a_name_equal_to_the_one_it_was_given_with_not_only_by_that_very_string() {
    // given: names read from a file are other strings than the ones the lead was built with
    Lead lead = lead("L-1").fact("region", "RU-MOW").fact("employees", 120).build();
    String employees = new String("employees".toCharArray());

    // then
    assertThat(lead.fact(employees)).contains(Value.of(120));
    assertThat(lead.facts().get(new String("region".toCharArray()))).isEqualTo(Value.of("RU-MOW"));
    assertThat(lead.facts()).containsKey(employees).doesNotContainKey(new String("industry".toCharArray()));
  }

  @Test
  void a_field_whose_name_shares_a_hash_with_a_known_fact_is_still_unknown() {
    // when: "Aa" and "BB" have one hash code
    Lead lead = lead("L-1").fact("Aa", 1).build();

    // then
    assertThat(lead.fact("Aa")).contains(Value.of(1));
    assertThat(lead.fact("BB")).isEmpty();
    assertThat(lead("L-1").fact("Aa", 1).fact("BB", 2).build().facts()).containsExactly(
        Map.entry("Aa", Value.of(1)), Map.entry("BB", Value.of(2)));
  }

  @Test
  void a_field_made_unknown_loses_its_fact_and_its_evidence_and_the_rest_keep_their_order() {
    // when
    Lead lead = lead("L-1").fact("industry", "RETAIL").fact("plans_upgrade", Answer.YES).fact("employees", 120)
        .evidence("plans_upgrade", RECORDING).unknown("plans_upgrade").build();

    // then
    assertThat(lead.facts().keySet()).containsExactly("industry", "employees");
    assertThat(lead.evidence()).isEmpty();
  }

  @Test
  void a_builder_used_again_after_building_leaves_the_first_lead_as_it_was() {
    // given
    Lead.Builder builder = lead("L-1").fact("employees", 49);
    Lead first = builder.build();

    // when
    Lead second = builder.fact("employees", 50).fact("industry", "RETAIL").unknown("employees").build();

    // then
    assertThat(first.facts()).containsExactly(Map.entry("employees", Value.of(49)));
    assertThat(second.facts()).containsExactly(Map.entry("industry", Value.of("RETAIL")));
  }

  @Test
  void leads_with_the_same_facts_given_in_another_order_are_equal() {
    // given
    Lead one = lead("L-1").fact("industry", "RETAIL").fact("employees", 120).evidence("employees", RECORDING).build();
    Lead other = lead("L-1").fact("employees", 120).fact("industry", "RETAIL").evidence("employees", RECORDING).build();

    // then
    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one).isNotEqualTo(lead("L-1").fact("employees", 121).fact("industry", "RETAIL").build());
    assertThat(one).isNotEqualTo(lead("L-2").fact("industry", "RETAIL").fact("employees", 120).build());
  }

  @Test
  void the_facts_of_a_lead_cannot_be_changed() {
    // given
    Lead lead = lead("L-1").fact("employees", 120).build();

    // then
    assertThatThrownBy(() -> lead.facts().put("employees", Value.of(1))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> lead.facts().keySet().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> lead.facts().entrySet().iterator().next().setValue(Value.of(1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_lead_from_a_crm_record_with_many_columns_finds_every_fact_and_keeps_the_last_value_of_each() {
    // given: more facts than either the builder or the built map searches linearly
    Map<String, Value> expected = new LinkedHashMap<>();
    Lead.Builder builder = lead("L-1");
    for (int i = 0; i < 200; i++) {
      builder.fact("column_" + i, i);
      expected.put("column_" + i, Value.of(i));
    }
    for (int i = 0; i < 200; i += 7) {
      builder.fact("column_" + i, -i);
      expected.put("column_" + i, Value.of(-i));
    }
    builder.unknown("column_13");
    expected.remove("column_13");

    // when
    Lead lead = builder.build();

    // then
    assertThat(lead.facts()).containsExactlyEntriesOf(expected);
    for (Map.Entry<String, Value> fact : expected.entrySet()) {
      assertThat(lead.fact(fact.getKey())).as(fact.getKey()).contains(fact.getValue());
    }
    assertThat(lead.fact("column_13")).isEmpty();
    assertThat(lead.fact("column_200")).isEmpty();
    assertThat(lead).isEqualTo(lead("L-1").facts(expected).build());
  }

  @Test
  void evidence_for_a_field_with_no_fact_names_the_lead_and_the_field() {
    assertThatThrownBy(() -> lead("L-7").fact("industry", "RETAIL").evidence("plans_upgrade", RECORDING).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lead L-7: evidence for field \"plans_upgrade\" which has no fact");
  }

  @Test
  void a_lead_needs_an_id_and_a_delivery_instant_each_set_once() {
    assertThatThrownBy(() -> Lead.builder().fact("industry", "RETAIL").build())
        .isInstanceOf(IllegalStateException.class).hasMessage("lead cannot be built: id and deliveredAt are not set");
    assertThatThrownBy(() -> Lead.builder().id("L-1").build())
        .isInstanceOf(IllegalStateException.class).hasMessage("lead L-1 cannot be built: deliveredAt is not set");
    assertThatThrownBy(() -> Lead.builder().id("L-1").id("L-2"))
        .isInstanceOf(IllegalStateException.class).hasMessage("lead L-1: id is already set; not setting it to L-2");
    assertThatThrownBy(() -> lead(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lead id is blank");
  }

  @Test
  void a_lead_reads_as_one_line_with_its_facts_in_order() {
    assertThat(lead("L-1").fact("industry", "RETAIL").fact("employees", 120).build())
        .hasToString("Lead{id=L-1, deliveredAt=2026-03-02T10:15:00Z, facts={industry=RETAIL, employees=120}, evidence={}}");
  }
}
