package dev.leadspec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadMappingTest {
  private static final Contract CONTRACT = Contract.builder().id("course-leads").version(1).title("t")
      .effectiveFrom(LocalDate.of(2019, 1, 1)).zone(ZoneId.of("Asia/Kolkata"))
      .addFields(Field.builder().name("source").kind(FieldKind.CHOICE).addCodes("Google", "Direct Traffic", "OTHER").build(),
          Field.builder().name("visits").kind(FieldKind.INTEGER).build(),
          Field.builder().name("profile").kind(FieldKind.CHOICES).addCodes("cat", "wolf", "shark").build(),
          Field.builder().name("do_not_email").kind(FieldKind.FLAG).build())
      .addCriteria(Criterion.builder().id("TA-VISITS").title("visits").role(Role.REQUIRED)
          .condition(new Condition.Compare("visits", Operator.GE, Value.of(1))).build())
      .build();
  private static final List<String> HEADER = List.of("Prospect ID", "created", "Lead Source", "TotalVisits", "profile",
      "Do Not Email", "Country");

  private static LeadMapping.Builder mapping() {
    return LeadMapping.builder().idColumn("Prospect ID").deliveredAtColumn("created")
        .addColumns(ColumnMapping.of("TotalVisits", "visits"), ColumnMapping.of("Do Not Email", "do_not_email"));
  }

  @Test
  void a_google_written_in_any_case_and_with_spaces_reads_as_the_declared_code_and_unlisted_sources_as_OTHER() {
    // given
    RecordMapping records = mapping().trim(true)
        .addColumns(ColumnMapping.builder().column("Lead Source").field("source").ignoreCase(true)
            .putAliases("direct", "Direct Traffic").otherwise("OTHER").build())
        .build().against(CONTRACT, HEADER);

    // when
    Lead google = records.lead(2, List.of("p-1", "2019-06-01", " google ", "3", "", "No", "India"));
    Lead direct = records.lead(3, List.of("p-2", "2019-06-01", "DIRECT", "3", "", "No", "India"));
    Lead bing = records.lead(4, List.of("p-3", "2019-06-01", "bing", "3", "", "Yes", ""));

    // then
    assertThat(google.fact("source")).contains(Value.of("Google"));
    assertThat(direct.fact("source")).contains(Value.of("Direct Traffic"));
    assertThat(bing.fact("source")).contains(Value.of("OTHER"));
    assertThat(bing.fact("do_not_email")).contains(Value.of(true));
    assertThat(google.fact("Country")).contains(Value.of("India"));
    assertThat(bing.fact("Country")).isEmpty();
  }

  @Test
  void a_date_only_delivery_is_the_start_of_that_day_in_the_contracts_zone_and_a_local_time_is_read_there_too() {
    RecordMapping records = mapping().addColumns(ColumnMapping.of("Lead Source", "source")).build().against(CONTRACT, HEADER);

    assertThat(records.lead(2, List.of("p-1", "2019-06-01", "Google", "3", "", "No", "")).deliveredAt())
        .isEqualTo(Instant.parse("2019-05-31T18:30:00Z"));
    assertThat(records.lead(2, List.of("p-1", "2019-06-01 10:00:00", "Google", "3", "", "No", "")).deliveredAt())
        .isEqualTo(Instant.parse("2019-06-01T04:30:00Z"));
    assertThat(records.lead(2, List.of("p-1", "2019-06-01T10:00:00+02:00", "Google", "3", "", "No", "")).deliveredAt())
        .isEqualTo(Instant.parse("2019-06-01T08:00:00Z"));
    assertThatThrownBy(() -> records.lead(9, List.of("p-9", "yesterday", "Google", "3", "", "No", "")))
        .isInstanceOf(LeadSpecException.class).hasMessageStartingWith("lead p-9: created \"yesterday\" is not an instant");
  }

  @Test
  void a_multi_value_cell_is_split_at_its_columns_separator_and_an_unlisted_code_makes_it_unknown_when_so_declared() {
    RecordMapping records = mapping().addColumns(ColumnMapping.of("Lead Source", "source"))
        .addColumns(ColumnMapping.builder().column("profile").field("profile").separator(",")
        .trim(true).otherwiseUnknown(true).build()).build().against(CONTRACT, HEADER);

    assertThat(records.lead(2, List.of("p-1", "2019-06-01", "Google", "3", "cat, wolf", "No", "")).fact("profile"))
        .contains(Value.codes("cat", "wolf"));
    assertThat(records.lead(2, List.of("p-1", "2019-06-01", "Google", "3", "cat, eagle", "No", "")).fact("profile")).isEmpty();
  }

  @Test
  void a_cell_that_is_no_spelling_of_its_kind_is_an_error_naming_the_lead_the_field_and_the_cell() {
    RecordMapping records = mapping().addColumns(ColumnMapping.of("Lead Source", "source")).build().against(CONTRACT, HEADER);

    assertThatThrownBy(() -> records.lead(5, List.of("p-4", "2019-06-01", "Google", "many", "", "No", "")))
        .isInstanceOf(LeadInputException.class)
        .hasMessage("lead p-4: field \"visits\" expects an integer, but was given \"many\"");
    assertThatThrownBy(() -> records.lead(5, List.of("p-4", "2019-06-01", "Google")))
        .hasMessage("lead p-4: has 3 cells, but the header has 7 columns");
  }

  @Test
  void a_token_meaning_unknown_in_one_column_only_is_a_fact_in_the_others() {
    RecordMapping records = LeadMapping.builder().idColumn("Prospect ID").deliveredAt(Instant.parse("2019-06-01T00:00:00Z"))
        .addColumns(ColumnMapping.of("TotalVisits", "visits"), ColumnMapping.of("Do Not Email", "do_not_email"),
            ColumnMapping.builder().column("Lead Source").field("source").addUnknown("Select").build())
        .build().against(CONTRACT, List.of("Prospect ID", "Lead Source", "TotalVisits", "profile", "Do Not Email", "Country"));

    Lead lead = records.lead(2, List.of("p-1", "Select", "3", "cat", "No", "Select"));

    assertThat(lead.fact("source")).isEmpty();
    assertThat(lead.fact("Country")).contains(Value.of("Select"));
  }

  @Test
  void every_problem_of_a_mapping_is_named_at_once_before_any_record_with_the_columns_that_exist() {
    LeadMapping mapping = LeadMapping.builder().idColumn("ProspectID").deliveredAtColumn("created")
        .addColumns(ColumnMapping.of("Total Visits", "visits"), ColumnMapping.of("Do Not Email", "do_not_mail"),
            ColumnMapping.builder().column("Lead Source").field("source").putAliases("google", "Gogle").build(),
            ColumnMapping.builder().column("profile").field("profile").otherwise("dog").build())
        .build();

    assertThatThrownBy(() -> mapping.against(CONTRACT, HEADER))
        .isInstanceOfSatisfying(MappingException.class, e -> assertThat(e.problems()).containsExactly(
            "column \"Do Not Email\": field \"do_not_mail\" is not declared by course-leads v1 (did you mean \"do_not_email\"?); "
                + "fields: [source, visits, profile, do_not_email]",
            "column \"Lead Source\" (field \"source\", a choice): alias \"google\" -> \"Gogle\" is not a declared code "
                + "(did you mean \"Google\"?); codes: [Google, Direct Traffic, OTHER]",
            "column \"profile\" (field \"profile\", a set of choices): catch-all \"dog\" is not a declared code; codes: [cat, wolf, shark]",
            "column \"Total Visits\" is not in the header (did you mean \"TotalVisits\"?)",
            "id column \"ProspectID\" is not in the header (did you mean \"Prospect ID\"?)",
            "field \"do_not_email\" has no column (map one to it, or allow it to be unmapped)"))
        .hasMessageEndingWith("\n  the header's columns: " + HEADER);
  }

  @Test
  void a_catch_all_on_a_number_and_a_separator_on_a_single_choice_are_problems() {
    LeadMapping mapping = mapping().addColumns(ColumnMapping.builder().column("Lead Source").field("source").separator(",").build())
        .build();
    LeadMapping catchAll = LeadMapping.builder().addColumns(ColumnMapping.builder().column("TotalVisits").field("visits")
        .otherwiseUnknown(true).build()).build();

    assertThat(mapping.problems(CONTRACT)).containsExactly(
        "column \"Lead Source\" (field \"source\", a choice): a separator \",\" needs a choices field");
    assertThat(catchAll.problems(CONTRACT)).containsExactly(
        "column \"TotalVisits\" (field \"visits\", an integer): a catch-all (otherwise) needs a choice or choices field");
  }

  @Test
  void a_header_that_did_not_split_says_which_separator_it_holds() {
    assertThatThrownBy(() -> LeadMapping.identity().against(CONTRACT, List.of("id;delivered_at;source;visits")))
        .isInstanceOfSatisfying(MappingException.class, e -> assertThat(e.problems().get(0))
            .isEqualTo("the header is one column, \"id;delivered_at;source;visits\", split at ','; is the separator ';'?"));
  }

  @Test
  void a_field_absent_on_purpose_is_unknown_in_every_lead_and_ids_default_to_line_numbers() {
    RecordMapping records = LeadMapping.builder().deliveredAt(Instant.parse("2019-06-01T00:00:00Z"))
        .addAllowUnmapped("profile", "do_not_email").addColumns(ColumnMapping.of("Lead Source", "source")).build()
        .against(CONTRACT, List.of("Lead Source", "visits"));

    Lead lead = records.lead(7, List.of("Google", "4"));

    assertThat(lead.id()).isEqualTo("line-7");
    assertThat(lead.facts()).containsOnlyKeys("source", "visits");
    assertThat(lead.fact("visits")).contains(Value.of(4));
  }

  @Test
  void a_decimal_column_reads_plain_decimals() {
    Contract contract = Contract.builder().id("c").version(1).title("t").effectiveFrom(LocalDate.of(2019, 1, 1))
        .addFields(Field.builder().name("revenue").kind(FieldKind.DECIMAL).build()).build();
    RecordMapping records = LeadMapping.builder().deliveredAt(Instant.EPOCH).build().against(contract, List.of("id", "revenue"));

    assertThat(records.lead(2, List.of("A", "100000.0")).fact("revenue")).contains(Value.of(new BigDecimal("100000.0")));
  }
}
