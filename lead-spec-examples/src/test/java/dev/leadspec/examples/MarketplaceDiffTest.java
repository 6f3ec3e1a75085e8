package dev.leadspec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.analysis.DiffRegion;
import dev.leadspec.analysis.Edit;
import dev.leadspec.analysis.SemanticDiff;
import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Outcome;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Money;
import dev.leadspec.model.Status;
import dev.leadspec.text.Language;
import dev.leadspec.text.Markdown;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The amendments of the marketplace MQL contract, as the two sides negotiate them. */
class MarketplaceDiffTest {
  private static final Contract V1 = MarketplaceMql.V1;
  private static final Contract V2 = MarketplaceMql.V2;

  private static Contract v2(long seconds, String price, Duration window, String... sources) {
    return MarketplaceMql.declaration(seconds, price, window, sources).version(2).effectiveFrom(V1.effectiveFrom()).build();
  }

  private static Lead lead(String source, long seconds) {
    return Lead.builder().id("L-1").deliveredAt(Instant.parse("2026-11-02T12:00:00Z")).fact("source", source)
        .fact("seconds_on_site", seconds).fact("listings", 40L).fact("email_bounced", false).build();
  }

  private static List<String> reasons(Verdict verdict) {
    return verdict.reasons().stream().map(CriterionResult::criterionId).collect(Collectors.toList());
  }

  @Test
  void a_partner_lead_of_400_seconds_is_said_to_be_rejected_by_v1_for_TA_SOURCE_only_as_evaluate_says() {
    // given: the threshold lowered from 300 to 240 seconds and partner referrals admitted
    Lead partner = lead("PARTNER", 400);

    // when
    SemanticDiff diff = SemanticDiff.between(V1, V2);

    // then
    assertThat(reasons(Evaluator.of(V1).evaluate(partner))).containsExactly("TA-SOURCE");
    assertThat(Evaluator.of(V2).evaluate(partner).isAccepted()).isTrue();
    List<DiffRegion> alsoAccepted = diff.regions().stream()
        .filter(region -> region.before() == Outcome.REJECTED && region.after() == Outcome.ACCEPTED).collect(Collectors.toList());
    assertThat(alsoAccepted).extracting(DiffRegion::leads).containsExactly(
        "source ORGANIC or PAID_SEARCH, seconds_on_site 240–299",
        "source PARTNER, seconds_on_site ≥ 300",
        "source PARTNER, seconds_on_site 240–299");
    assertThat(alsoAccepted).extracting(DiffRegion::beforeReasons).containsExactly(
        Map.of("ENG-TIME", Status.NOT_MET),
        Map.of("TA-SOURCE", Status.NOT_MET),
        Map.of("TA-SOURCE", Status.NOT_MET, "ENG-TIME", Status.NOT_MET));
    assertThat(alsoAccepted.get(1).words()).startsWith(
        "v2 also accepts leads with source PARTNER, seconds_on_site ≥ 300, at 12.50 BRL (v1 rejects them for TA-SOURCE), e.g. ");
    for (DiffRegion region : alsoAccepted) {
      for (Lead example : region.examples()) {
        assertThat(reasons(Evaluator.of(V1).evaluate(example))).containsExactlyElementsOf(region.beforeReasons().keySet());
      }
    }
  }

  @Test
  void leads_both_versions_reject_are_named_when_v2_no_longer_cites_a_criterion_against_them() {
    // when
    SemanticDiff diff = SemanticDiff.between(V1, V2);

    // then
    DiffRegion region = diff.regions().stream().filter(DiffRegion::sharesUnchangedReasons).findFirst().orElseThrow();
    Verdict va = Evaluator.of(V1).evaluate(region.example());
    Verdict vb = Evaluator.of(V2).evaluate(region.example());
    assertThat(va.isAccepted()).isFalse();
    assertThat(vb.isAccepted()).isFalse();
    assertThat(reasons(va)).containsAll(region.beforeReasons().keySet());
    assertThat(reasons(vb)).doesNotContainAnyElementsOf(region.beforeReasons().keySet());
    assertThat(region.words()).contains("v2 rejects, for other reasons, leads with").contains("no longer for ENG-TIME");
  }

  @Test
  void a_fixed_price_raised_from_12_50_to_13_00_BRL_changes_the_price_of_every_accepted_lead() {
    // given
    Contract v2 = v2(300, "13.00", Duration.ofDays(7), "ORGANIC", "PAID_SEARCH");

    // when
    SemanticDiff diff = SemanticDiff.between(V1, v2);

    // then
    assertThat(diff.isEmpty()).isFalse();
    assertThat(diff.edits()).extracting(Edit::toString).containsExactly("term changed price: 12.50 BRL → 13.00 BRL");
    assertThat(diff.regions()).singleElement().satisfies(region -> {
      assertThat(region.before()).isEqualTo(Outcome.ACCEPTED);
      assertThat(region.after()).isEqualTo(Outcome.ACCEPTED);
      assertThat(region.beforePrice()).contains(Money.of("12.50", "BRL"));
      assertThat(region.afterPrice()).contains(Money.of("13.00", "BRL"));
      assertThat(region.leads()).isEmpty();
      assertThat(region.words()).startsWith("v2 pays all leads differently: price 13.00 BRL instead of 12.50 BRL, e.g. ");
    });
    assertThat(Markdown.diff(diff, Language.EN)).contains("- Price: 12.50\u00a0BRL → 13.00\u00a0BRL\n")
        .contains("- v2 pays for all such leads differently: price 13.00\u00a0BRL instead of 12.50\u00a0BRL. Example: ");
  }

  @Test
  void a_longer_challenge_window_is_a_difference_in_the_terms_though_no_verdict_changes() {
    // given
    Contract v2 = v2(300, "12.50", Duration.ofDays(30), "ORGANIC", "PAID_SEARCH");

    // when
    SemanticDiff diff = SemanticDiff.between(V1, v2);

    // then
    assertThat(diff.regions()).isEmpty();
    assertThat(diff.isEmpty()).isFalse();
    assertThat(diff.terms()).extracting(Edit::subject).containsExactly("challenge window");
    assertThat(Markdown.diff(diff, Language.EN)).contains("### Terms\n\n- Challenge window: 7 days → 30 days\n")
        .contains("No lead gets another verdict.");
    assertThat(Markdown.diff(diff, Language.RU)).contains("- Срок оспаривания: 7 дней → 30 дней\n");
  }

  @Test
  void a_price_table_replacing_a_fixed_price_is_worded_as_the_prices_it_pays() {
    // given
    Contract tiered = MarketplaceMql.tiered(300, Duration.ofDays(7), "ORGANIC", "PAID_SEARCH").version(2)
        .effectiveFrom(V1.effectiveFrom()).build();

    // when
    SemanticDiff diff = SemanticDiff.between(V1, tiered);

    // then
    assertThat(diff.regions()).singleElement().satisfies(region -> {
      assertThat(region.leads()).isEqualTo("listings ≥ 100");
      assertThat(region.words()).startsWith("v2 pays leads with listings ≥ 100 differently: price 15.00 BRL instead of 12.50 BRL")
          .doesNotContain("no such table");
    });
    assertThat(diff.edits()).extracting(Edit::kind).containsExactly(Edit.Kind.TABLE_ADDED, Edit.Kind.TERM_CHANGED,
        Edit.Kind.TERM_CHANGED);
  }

  @Test
  void the_summary_lists_the_edits_first_then_the_regions_with_no_phrase_repeated() {
    // given: four edits
    Contract v2 = MarketplaceMql.declaration(240, "13.00", Duration.ofDays(30), "ORGANIC", "PAID_SEARCH", "PARTNER")
        .version(2).effectiveFrom(LocalDate.of(2026, 11, 1)).build();

    // when
    SemanticDiff diff = SemanticDiff.between(V1, v2);
    String en = Markdown.diff(diff, Language.EN);

    // then
    assertThat(diff.edits()).extracting(Edit::toString).containsExactly(
        "criterion changed TA-SOURCE (condition): required: source in {ORGANIC, PAID_SEARCH} → required: source in {ORGANIC, "
            + "PAID_SEARCH, PARTNER}",
        "criterion changed ENG-TIME (condition): required: seconds_on_site ≥ 300 → required: seconds_on_site ≥ 240",
        "term changed price: 12.50 BRL → 13.00 BRL",
        "term changed challenge window: PT168H → PT720H",
        "term changed effective from: 2026-10-01 → 2026-11-01");
    assertThat(en).startsWith("# Amendment: marketplace-mql v1 → marketplace-mql v2\n\n## Edits\n\n### Criteria\n\n"
        + "- **TA-SOURCE** changed (condition): required, Lead source: one of ORGANIC, PAID_SEARCH → required, Lead source: "
        + "one of ORGANIC, PAID_SEARCH, PARTNER\n"
        + "- **ENG-TIME** changed (condition): required, Time on site: at least 300 s → required, Time on site: at least 240 s\n\n"
        + "### Terms\n\n- Price: 12.50\u00a0BRL → 13.00\u00a0BRL\n- Challenge window: 7 days → 30 days\n"
        + "- Effective from: 2026-10-01 → 2026-11-01\n\n## Leads whose verdict changes\n\n");
    assertThat(diff.regions()).hasSizeLessThanOrEqualTo(7);
    for (DiffRegion region : diff.regions()) {
      List<String> boxes = List.of(region.leads().split("; or "));
      assertThat(boxes).as(region.words()).doesNotHaveDuplicates();
    }
  }

  @Test
  void the_diff_reads_in_russian_with_the_contract_labels() {
    // when
    String ru = Markdown.diff(SemanticDiff.between(V1, V2), Language.RU);

    // then
    assertThat(ru).startsWith("# Поправка: marketplace-mql v1 → marketplace-mql v2\n\n## Правки\n\n### Критерии\n\n")
        .contains("- **ENG-TIME** изменён (условие): обязательный, Time on site: не менее 300 s → обязательный, Time on site: "
            + "не менее 240 s\n")
        .contains("- v2 также засчитывает лиды, где Lead source: PARTNER; Time on site: не менее 300 s, по цене 12,50\u00a0BRL; "
            + "v1 отклоняет их по TA-SOURCE. Пример: ")
        .contains("### Условия оплаты и споров\n\n- Действует с: 01.10.2026 → 01.11.2026\n");
  }

  @Test
  void a_contract_against_itself_has_no_edit_and_no_region() {
    // when
    SemanticDiff diff = SemanticDiff.between(V2, V2);

    // then
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.edits()).isEmpty();
    assertThat(Markdown.diff(diff, Language.EN)).isEqualTo("# Amendment: marketplace-mql v2 → marketplace-mql v2\n\n## Edits\n\n"
        + "The text of the contract is unchanged.\n\n## Leads whose verdict changes\n\nNo lead gets another verdict.\n");
  }
}
