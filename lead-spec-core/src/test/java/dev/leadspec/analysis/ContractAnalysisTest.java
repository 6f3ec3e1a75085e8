package dev.leadspec.analysis;

import static dev.leadspec.analysis.Contracts.between;
import static dev.leadspec.analysis.Contracts.compare;
import static dev.leadspec.analysis.Contracts.contract;
import static dev.leadspec.analysis.Contracts.disqualifier;
import static dev.leadspec.analysis.Contracts.integer;
import static dev.leadspec.analysis.Contracts.required;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Output;
import dev.leadspec.model.Row;
import dev.leadspec.model.Status;
import dev.leadspec.model.Table;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Exact findings and words; tagged golden so they are rerun under hostile locales, time zones and charsets. */
@Tag("golden")
class ContractAnalysisTest {

  @Test
  void the_nps_table_over_a_decimal_score_has_a_gap_between_6_and_7_with_an_example_score() {
    // given
    Contract nps = Contracts.nps();

    // when
    List<Finding> gaps = ContractAnalysis.of(nps).findings(Finding.Code.TABLE_GAP);

    // then
    assertThat(gaps).hasSize(2);
    Finding first = gaps.get(0);
    assertThat(first.severity()).isEqualTo(Severity.ERROR);
    assertThat(first.tableId()).contains("nps");
    assertThat(first.message()).isEqualTo("table nps: accepted leads with score > 6 and < 7 match no row, e.g. score = 6.5");
    assertThat(first.example().orElseThrow().fact("score")).contains(Value.of(new BigDecimal("6.5")));
    assertThat(gaps.get(1).message()).contains("score > 8 and < 9").contains("score = 8.5");
    Verdict verdict = Evaluator.of(nps).evaluate(first.example().orElseThrow());
    assertThat(verdict.table("nps").orElseThrow().status()).isEqualTo(TableResult.RowMatch.NO_MATCH);
  }

  @Test
  void the_nps_table_reports_no_overlap_and_an_accepted_witness() {
    // given
    ContractAnalysis analysis = ContractAnalysis.of(Contracts.nps());

    // then
    assertThat(analysis.findings(Finding.Code.TABLE_OVERLAP)).isEmpty();
    assertThat(analysis.findings(Finding.Code.WITNESS)).singleElement()
        .satisfies(w -> assertThat(Evaluator.of(Contracts.nps()).evaluate(w.example().orElseThrow()).isAccepted()).isTrue());
    assertThat(analysis.isComplete()).isTrue();
    assertThat(analysis.hasErrors()).isTrue();
  }

  @Test
  void an_nps_variant_whose_detractors_include_7_overlaps_passives_at_7_and_has_no_gap() {
    // given
    Contract nps = Contracts.overlappingNps();

    // when
    ContractAnalysis analysis = ContractAnalysis.of(nps);

    // then
    assertThat(analysis.findings(Finding.Code.TABLE_GAP)).isEmpty();
    Finding overlap = analysis.findings(Finding.Code.TABLE_OVERLAP).get(0);
    assertThat(analysis.findings(Finding.Code.TABLE_OVERLAP)).hasSize(1);
    assertThat(overlap.rowIds()).containsExactly("DETRACTOR", "PASSIVE");
    assertThat(overlap.message()).isEqualTo("table nps: rows DETRACTOR and PASSIVE both match accepted leads with score = 7, e.g. score = 7");
    Verdict verdict = Evaluator.of(nps).evaluate(overlap.example().orElseThrow());
    assertThat(verdict.table("nps").orElseThrow().status()).isEqualTo(TableResult.RowMatch.CONFLICT);
  }

  @Test
  void a_contract_asking_for_at_least_50_and_fewer_than_40_employees_is_unsatisfiable_and_names_both_criteria() {
    // given
    Contract contract = contract("impossible", 1)
        .addFields(integer("employees"), integer("computers"))
        .addCriteria(required("TA-SIZE", compare("employees", Operator.GE, 50)))
        .addCriteria(required("TA-PCS", compare("computers", Operator.GE, 10)))
        .addCriteria(required("TA-SMALL", compare("employees", Operator.LT, 40)))
        .build();

    // when
    ContractAnalysis analysis = ContractAnalysis.of(contract);

    // then
    assertThat(analysis.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Finding.Code.UNSATISFIABLE);
      assertThat(f.criterionIds()).containsExactly("TA-SIZE", "TA-SMALL");
      assertThat(f.example()).isEmpty();
      assertThat(f.message()).isEqualTo("no lead can be accepted: criteria TA-SIZE and TA-SMALL cannot all hold for one lead");
    });
  }

  @Test
  void a_disqualifier_for_fewer_than_10_employees_never_decides_when_50_are_required() {
    // given
    Contract contract = contract("dq", 1)
        .addFields(integer("employees"))
        .addCriteria(required("TA-SIZE", compare("employees", Operator.GE, 50)))
        .addCriteria(disqualifier("DQ-TINY", compare("employees", Operator.LT, 10)))
        .build();

    // when
    List<Finding> findings = ContractAnalysis.of(contract).findings(Finding.Code.NEVER_DECISIVE);

    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.criterionIds()).containsExactly("DQ-TINY", "TA-SIZE");
      assertThat(f.message()).isEqualTo("disqualifier DQ-TINY never decides an outcome: it cannot fire when TA-SIZE holds");
    });
  }

  @Test
  void a_required_criterion_implied_by_another_never_decides() {
    // given
    Contract contract = contract("implied", 1)
        .addFields(integer("employees"))
        .addCriteria(required("TA-SIZE", compare("employees", Operator.GE, 50)))
        .addCriteria(required("TA-KNOWN", new Condition.Known("employees", true)))
        .build();

    // when
    List<Finding> findings = ContractAnalysis.of(contract).findings(Finding.Code.NEVER_DECISIVE);

    // then
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.message()).isEqualTo("criterion TA-KNOWN never decides an outcome: every lead that meets TA-SIZE meets it too"));
  }

  @Test
  void an_unknown_score_counted_as_met_leaves_accepted_leads_no_nps_row_to_match() {
    // given
    Contract contract = contract("nps-lenient", 1).addFields(Contracts.decimal("score"))
        .addCriteria(dev.leadspec.model.Criterion.builder().id("SCORE").title("score").role(dev.leadspec.model.Role.REQUIRED)
            .condition(between("score", "0", "10", true, true)).unknownAs(Status.MET).build())
        .addTables(Table.builder().id("nps").hitPolicy(HitPolicy.UNIQUE).complete(true)
            .addRows(Row.of("LOW", between("score", "0", "7", true, false), Output.code("LOW")))
            .addRows(Row.of("HIGH", between("score", "7", "10", true, true), Output.code("HIGH")))
            .build())
        .build();

    // when
    List<Finding> gaps = ContractAnalysis.of(contract).findings(Finding.Code.TABLE_GAP);

    // then
    assertThat(gaps).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("table nps: accepted leads with score unknown match no row");
      assertThat(f.example().orElseThrow().facts()).isEmpty();
    });
  }

  @Test
  void a_first_row_after_a_row_that_covers_it_is_shadowed() {
    // given
    Contract contract = contract("tiers", 1).addFields(integer("employees"))
        .addCriteria(required("TA-SIZE", compare("employees", Operator.GE, 1)))
        .addTables(Table.builder().id("tier").hitPolicy(HitPolicy.FIRST)
            .addRows(Row.of("SMB", compare("employees", Operator.LT, 500), Output.code("SMB")))
            .addRows(Row.of("ANY", compare("employees", Operator.GE, 1), Output.code("ANY")))
            .addRows(Row.of("MID", new Condition.Between("employees", Value.of(100), Value.of(999), true, true), Output.code("MID")))
            .addRows(Row.of("NONE", compare("employees", Operator.LT, 0), Output.code("NONE")))
            .build())
        .build();

    // when
    List<Finding> shadowed = ContractAnalysis.of(contract).findings(Finding.Code.SHADOWED_ROW);

    // then
    assertThat(shadowed).hasSize(2);
    assertThat(shadowed.get(0).rowIds()).containsExactly("MID", "SMB", "ANY");
    assertThat(shadowed.get(0).message()).startsWith("table tier: row MID can never win: rows SMB and ANY before it match every accepted lead it matches, e.g. employees = ");
    assertThat(shadowed.get(1).message()).isEqualTo("table tier: row NONE can never win: it matches no accepted lead");
    assertThat(shadowed.get(1).example()).isEmpty();
  }

  @Test
  void gaps_across_two_fields_are_merged_into_one_finding() {
    // given: rows cover employees < 50 for any region, and ≥ 50 only in the north
    Field region = Field.builder().name("region").kind(FieldKind.CHOICE).addCodes("NORTH", "SOUTH", "EAST").build();
    Contract contract = contract("regions", 1).addFields(integer("employees"), region)
        .addCriteria(required("KNOWN", Condition.all(new Condition.Known("employees", true), new Condition.Known("region", true))))
        .addTables(Table.builder().id("team").hitPolicy(HitPolicy.UNIQUE).complete(true)
            .addRows(Row.of("SMALL", compare("employees", Operator.LT, 50), Output.code("INSIDE")))
            .addRows(Row.of("NORTH", Condition.all(compare("employees", Operator.GE, 50),
                new Condition.In("region", List.of("NORTH"), false)), Output.code("FIELD")))
            .build())
        .build();

    // when
    List<Finding> gaps = ContractAnalysis.of(contract).findings(Finding.Code.TABLE_GAP);

    // then
    assertThat(gaps).singleElement().satisfies(f ->
        assertThat(f.message()).isEqualTo("table team: accepted leads with employees ≥ 50, region SOUTH or EAST match no row, e.g. employees = 50, region = SOUTH"));
  }

  @Test
  void choices_and_text_fields_are_analysed_exactly() {
    // given
    Field brands = Field.builder().name("brands").kind(FieldKind.CHOICES).addCodes("VOLVO", "SCANIA", "MAN", "DAF").build();
    Field city = Field.builder().name("city").kind(FieldKind.TEXT).build();
    Contract contract = contract("fleet", 1).addFields(brands, city)
        .addCriteria(required("FLEET", new Condition.Contains("brands", List.of("VOLVO", "SCANIA"), false)))
        .addCriteria(required("CITY", new Condition.Known("city", true)))
        .addTables(Table.builder().id("team").hitPolicy(HitPolicy.UNIQUE).complete(true)
            .addRows(Row.of("MOSCOW", new Condition.In("city", List.of("Moscow"), false), Output.code("M")))
            .addRows(Row.of("VOLVO", Condition.all(new Condition.In("city", List.of("Moscow"), true),
                new Condition.Contains("brands", List.of("VOLVO"), false)), Output.code("V")))
            .addRows(Row.of("ONLY-SCANIA", new Condition.Compare("brands", Operator.EQ, Value.codes("SCANIA")), Output.code("S")))
            .build())
        .build();

    // when
    ContractAnalysis analysis = ContractAnalysis.of(contract);

    // then
    Finding gap = analysis.findings(Finding.Code.TABLE_GAP).get(0);
    assertThat(analysis.findings(Finding.Code.TABLE_GAP)).hasSize(1);
    Lead example = gap.example().orElseThrow();
    assertThat(example.fact("city")).contains(Value.of("other"));
    assertThat(example.fact("brands")).contains(Value.codes("SCANIA", "MAN"));
    assertThat(analysis.findings(Finding.Code.TABLE_OVERLAP)).singleElement()
        .satisfies(f -> assertThat(f.rowIds()).containsExactly("MOSCOW", "ONLY-SCANIA"));
  }

  @Test
  void a_budget_of_one_box_reports_the_analysis_incomplete_instead_of_hanging() {
    // when
    ContractAnalysis analysis = ContractAnalysis.of(Contracts.integrator(1, 50), 1);

    // then
    assertThat(analysis.isComplete()).isFalse();
    assertThat(analysis.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Finding.Code.ANALYSIS_INCOMPLETE);
      assertThat(f.message()).isEqualTo("the analysis stopped at its budget of 1 boxes; not decided: whether any lead can be accepted");
    });
  }

  @Test
  void the_flagship_contract_has_a_witness_and_no_defect() {
    // when
    ContractAnalysis analysis = ContractAnalysis.of(Contracts.integrator(1, 50));

    // then
    assertThat(analysis.findings()).extracting(Finding::code).containsExactly(Finding.Code.WITNESS);
    Optional<Lead> witness = analysis.findings().get(0).example();
    assertThat(witness.orElseThrow().facts()).containsKeys("industry", "employees", "plans_upgrade");
  }
}
