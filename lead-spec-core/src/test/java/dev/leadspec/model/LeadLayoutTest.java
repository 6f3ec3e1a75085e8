package dev.leadspec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LeadLayoutTest {
  private static final Instant DELIVERED = Instant.parse("2026-03-02T10:15:00Z");
  private static final Evidence RECORDING = Evidence.of("rec-17.ogg", Instant.parse("2026-03-02T10:10:00Z"));
  private static final LeadLayout LAYOUT = LeadLayout.of("industry", "employees", "plans_upgrade", "region");

  @Test
  void a_lead_built_with_a_layout_equals_the_lead_built_without_one_from_the_same_facts() {
    // when
    Lead laid = Lead.builder(LAYOUT).id("L-1").deliveredAt(DELIVERED)
        .fact("industry", "RETAIL").fact("employees", 120).fact("region", "RU-MOW").build();
    Lead plain = Lead.builder().id("L-1").deliveredAt(DELIVERED)
        .fact("region", "RU-MOW").fact("industry", "RETAIL").fact("employees", 120).build();

    // then
    assertThat(laid).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(plain).isEqualTo(laid);
    assertThat(laid.facts()).isEqualTo(plain.facts()).hasSize(3);
  }

  @Test
  void a_field_of_the_layout_that_is_not_set_is_unknown_and_not_among_the_facts() {
    // when
    Lead lead = Lead.builder(LAYOUT).id("L-1").deliveredAt(DELIVERED).fact("industry", "RETAIL").fact("region", "RU-MOW").build();

    // then
    assertThat(lead.fact("plans_upgrade")).isEmpty();
    assertThat(lead.fact("employees")).isEmpty();
    assertThat(lead.facts()).doesNotContainKey("employees").containsOnlyKeys("industry", "region");
    assertThat(lead.facts().keySet()).containsExactly("industry", "region");
    assertThat(lead.facts().entrySet()).hasSize(2);
  }

  @Test
  void facts_iterate_in_the_layouts_order_whatever_order_they_were_set_in() {
    // when
    Lead lead = Lead.builder(LAYOUT).id("L-1").deliveredAt(DELIVERED)
        .fact("region", "RU-MOW").fact("plans_upgrade", Answer.YES).fact("industry", "RETAIL").build();

    // then
    assertThat(lead.facts()).containsExactly(Map.entry("industry", Value.of("RETAIL")),
        Map.entry("plans_upgrade", Value.of(Answer.YES)), Map.entry("region", Value.of("RU-MOW")));
  }

  @Test
  void a_fact_for_a_field_outside_the_layout_is_refused_naming_the_lead_the_field_and_the_nearest_field() {
    // given
    Lead.Builder lead = Lead.builder(LAYOUT).id("L-7").deliveredAt(DELIVERED);

    // then
    assertThatThrownBy(() -> lead.fact("employes", 120))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lead L-7: field \"employes\" is not in the lead layout (did you mean \"employees\"?);"
            + " fields: [industry, employees, plans_upgrade, region]");
  }

  @Test
  void a_fact_is_found_by_a_name_equal_to_the_layouts_not_only_by_that_very_string() {
    // given
    String employees = new String("employees".toCharArray());

    // when
    Lead lead = Lead.builder(LAYOUT).id("L-1").deliveredAt(DELIVERED).fact(employees, 120).build();

    // then
    assertThat(lead.fact("employees")).contains(Value.of(120));
    assertThat(lead.fact(new String("employees".toCharArray()))).contains(Value.of(120));
  }

  @Test
  void a_fact_set_again_or_made_unknown_changes_only_the_builder_not_a_lead_built_before() {
    // given
    Lead.Builder builder = Lead.builder(LAYOUT).id("L-1").deliveredAt(DELIVERED).fact("employees", 49).fact("industry", "RETAIL");
    Lead first = builder.build();

    // when
    Lead second = builder.fact("employees", 50).unknown("industry").build();

    // then
    assertThat(first.facts()).containsExactly(Map.entry("industry", Value.of("RETAIL")), Map.entry("employees", Value.of(49)));
    assertThat(second.facts()).containsExactly(Map.entry("employees", Value.of(50)));
  }

  @Test
  void evidence_needs_a_fact_in_a_laid_out_lead_as_in_any_other() {
    // given
    Lead.Builder builder = Lead.builder(LAYOUT).id("L-1").deliveredAt(DELIVERED)
        .fact("plans_upgrade", Answer.YES).evidence("plans_upgrade", RECORDING).evidence("region", RECORDING);

    // then
    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lead L-1: evidence for field \"region\" which has no fact");
    assertThat(builder.unknown("region").build().evidence()).containsOnlyKeys("plans_upgrade");
  }

  @Test
  void a_layout_refuses_a_repeated_or_null_field() {
    assertThatThrownBy(() -> LeadLayout.of("industry", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> LeadLayout.of("industry", "region", "industry"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lead layout [industry, region, industry]: field \"industry\" is given twice");
    assertThatThrownBy(() -> LeadLayout.of("key_account", "key_account"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lead layout [key_account, key_account]: field \"key_account\" is given twice");
    assertThatThrownBy(() -> LeadLayout.of(List.of("industry")).fields().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void the_layout_of_a_contract_holds_its_fields_in_the_contracts_order() {
    // given
    Contract contract = Contract.builder().id("c").version(1).title("t").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(Field.builder().name("region").kind(FieldKind.TEXT).label("Region").build(),
            Field.builder().name("employees").kind(FieldKind.INTEGER).label("Employees").build())
        .addCriteria(Criterion.builder().id("SIZE").title("Size").role(Role.REQUIRED)
            .condition(new Condition.Compare("employees", Operator.GE, Value.of(50))).build())
        .build();

    // then
    assertThat(LeadLayout.of(contract).fields()).containsExactly("region", "employees");
    assertThat(LeadLayout.of(contract)).isEqualTo(LeadLayout.of("region", "employees")).hasToString("LeadLayout[region, employees]");
  }

  @Test
  void a_layout_of_many_fields_finds_every_one_of_them_set_in_any_order() {
    // given: more fields than a lead searches in order, so the layout's index is used
    List<String> names = IntStream.range(0, 40).mapToObj(i -> "field_" + i).toList();
    LeadLayout layout = LeadLayout.of(names);
    List<String> reversed = new ArrayList<>(names);
    java.util.Collections.reverse(reversed);

    // when
    Lead.Builder builder = Lead.builder(layout).id("L-1").deliveredAt(DELIVERED);
    for (String name : reversed) {
      if (name.hashCode() % 3 != 0) {
        builder.fact(new String(name.toCharArray()), name.length());
      }
    }
    Lead lead = builder.build();

    // then
    for (String name : names) {
      if (name.hashCode() % 3 != 0) {
        assertThat(lead.fact(name)).as(name).contains(Value.of(name.length()));
      } else {
        assertThat(lead.fact(name)).as(name).isEmpty();
      }
    }
    assertThat(lead.facts().keySet()).containsExactlyElementsOf(names.stream().filter(n -> n.hashCode() % 3 != 0).toList());
  }
}
