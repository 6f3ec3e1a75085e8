package dev.leadspec.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadspec.dispute.Arbiter;
import dev.leadspec.dispute.Challenge;
import dev.leadspec.dispute.Party;
import dev.leadspec.dispute.Ruling;
import dev.leadspec.dispute.Statement;
import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.text.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private final List<Lead> leads = CallCentreMonth.leads();
  private final List<Verdict> verdicts = CallCentreMonth.verdicts(leads);
  private final List<Ruling> rulings = CallCentreMonth.rulings(leads);

  private HtmlReport report(Language language) {
    return HtmlReport.builder().history(CallCentreMonth.HISTORY).verdicts(verdicts).rulings(rulings).language(language).build();
  }

  @Test
  @Tag("golden")
  void every_figure_of_the_statement_is_on_the_page_with_its_exact_value() {
    // given
    Statement statement = Statement.of(verdicts, rulings);

    // when
    String html = report(Language.EN).html();

    // then
    assertThat(StatementFigures.shown(html)).containsExactlyInAnyOrderEntriesOf(StatementFigures.expected(statement));
    assertThat(statement.total().amountDue()).isNotEmpty();
    assertThat(html).contains("data-measure=\"total.amountDue.RUB\" data-value=\""
        + statement.total().amountDue().get(0).amount().toPlainString() + "\"");
  }

  @Test
  void the_russian_page_names_every_ground_in_words_and_the_zone_its_days_are_counted_in() {
    // when
    String html = report(Language.RU).html();
    String shown = html.replaceAll("(?s)<script>.*?</script>|<style>.*?</style>", "").replaceAll("<[^>]*>", " ");

    // then
    for (dev.leadspec.dispute.Ground ground : dev.leadspec.dispute.Ground.values()) {
      assertThat(shown).as(ground.name()).doesNotContain(ground.name()).contains(Language.RU.ground(ground));
    }
    assertThat(html).contains("<th scope=\"col\">День (Europe/Moscow)</th>");
    assertThat(report(Language.EN).html()).contains("<th scope=\"col\">Day (Europe/Moscow)</th>");
  }

  @Test
  void english_money_is_grouped_by_commas_and_russian_by_no_break_spaces() {
    // given
    Statement statement = Statement.of(verdicts, rulings);
    java.math.BigDecimal due = statement.total().amountDue().get(0).amount();

    // then
    assertThat(due).isGreaterThan(java.math.BigDecimal.valueOf(1000));
    assertThat(report(Language.EN).html()).contains(">" + Language.EN.number(due) + "\u00a0RUB</span>");
    assertThat(Language.EN.number(due)).contains(",");
    assertThat(report(Language.RU).html()).contains(">" + Language.RU.number(due) + "\u00a0RUB</span>");
    assertThat(Language.RU.number(due)).contains("\u00a0");
  }

  @Test
  void the_page_names_the_contract_its_versions_and_their_fingerprints() {
    String html = report(Language.EN).html();

    assertThat(html).contains("<code>call-centre-month</code>", Evaluator.of(CallCentreMonth.V1).fingerprint(),
        Evaluator.of(CallCentreMonth.V2).fingerprint(), "2026-03-01", "2026-03-16", "Europe/Moscow",
        "500\u00a0RUB per accepted lead", "650\u00a0RUB per accepted lead");
  }

  @Test
  void the_page_loads_nothing_from_anywhere() {
    String html = report(Language.EN).html();

    assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none';");
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http://", "https://", "src=", "@import",
        "url(");
  }

  @Test
  void every_chart_is_an_image_with_a_title_and_a_description_and_the_page_has_headings_and_a_language() {
    String html = report(Language.EN).html();

    Matcher svg = Pattern.compile("<svg [^>]*>").matcher(html);
    int charts = 0;
    while (svg.find()) {
      charts++;
      assertThat(svg.group()).contains("role=\"img\"", "aria-labelledby=\"");
    }
    assertThat(charts).isGreaterThanOrEqualTo(8);
    assertThat(html.split("<title id=", -1)).hasSize(charts + 1);
    assertThat(html.split("<desc id=", -1)).hasSize(charts + 1);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("<h1>", "<h2 id=\"leads-h\">", "@page { size: A4;",
        "@media print");
  }

  @Test
  void the_warm_share_among_the_leads_is_counted_from_their_facts() {
    // given
    long hot = leads.stream().filter(l -> l.fact("warmth").orElseThrow().toString().equals("HOT")).count();

    // when
    String html = report(Language.EN).html();

    // then
    assertThat(html).contains("<h3>Warmth <code>warmth</code></h3>")
        .contains("<tr><th scope=\"row\">HOT</th><td class=\"n\">" + hot + " <span class=\"muted\">");
  }

  @Test
  void time_from_the_recorded_call_to_delivery_is_measured_where_the_leads_carry_evidence() {
    String html = report(Language.EN).html();

    assertThat(html).contains("Recorded call → delivery", "First call → delivery", "<th scope=\"rowgroup\" rowspan=\"2\">Talk time");
  }

  @Test
  void the_nearest_rank_median_and_90th_percentile_are_values_that_occur() {
    assertThat(Measures.stats(List.of(10L, 1L, 9L, 2L, 8L, 3L, 7L, 4L, 6L, 5L))).containsExactly(1, 5, 9, 10);
    assertThat(Measures.stats(List.of(42L))).containsExactly(42, 42, 42, 42);
  }

  @Test
  @Tag("golden")
  void a_page_in_russian_speaks_russian_and_writes_decimal_commas_and_russian_dates() {
    String html = report(Language.RU).html();

    assertThat(html).contains("<html lang=\"ru\">", "<h2 id=\"summary-h\">Итог</h2>", "01.03.2026", "84 лида", "%");
    assertThat(html).containsPattern("\\d+,\\d\u00a0%");
  }

  @Test
  @Tag("golden")
  void the_same_input_gives_the_same_page_byte_for_byte() {
    assertThat(report(Language.EN).html()).isEqualTo(report(Language.EN).html());
    assertThat(report(Language.RU).html()).isEqualTo(report(Language.RU).html());
  }

  @Test
  void the_lead_table_lists_every_rejected_or_challenged_lead_and_no_other() {
    // given
    List<String> expected = new ArrayList<>();
    for (Verdict verdict : verdicts) {
      boolean challenged = rulings.stream().anyMatch(r -> r.leadId().equals(verdict.leadId()));
      if (!verdict.isAccepted() || challenged) {
        expected.add(verdict.leadId());
      }
    }

    // when
    String html = report(Language.EN).html();
    String table = html.substring(html.indexOf("id=\"lead-table\""), html.indexOf("</table>", html.indexOf("id=\"lead-table\"")));
    Matcher row = Pattern.compile("<tr><th scope=\"row\">([^<]+)</th>").matcher(table);
    List<String> listed = new ArrayList<>();
    while (row.find()) {
      listed.add(row.group(1));
    }

    // then
    assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(table).contains("data-type=\"text\"", "data-sort=\"");
    assertThat(html).contains("<div class=\"filter\" hidden>");
  }

  @Test
  void text_from_the_input_is_escaped() {
    // given
    Contract hostile = CallCentreMonth.variant("call-centre-month", "<script>alert('x')</script> & Co");
    Lead lead = Lead.builder().id("L-<img src=x onerror=alert(1)>").deliveredAt(leads.get(3).deliveredAt())
        .facts(leads.get(3).facts()).build();

    // when
    String html = HtmlReport.builder().history(ContractHistory.of(hostile)).verdicts(List.of(Evaluator.of(hostile).evaluate(lead)))
        .build().html();

    // then
    assertThat(html).doesNotContain("<script>alert", "<img").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co",
        "L-&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void verdicts_of_a_contract_not_in_the_history_are_refused_naming_them() {
    // given
    Contract other = CallCentreMonth.variant("another-contract", "Meetings with decision makers");
    Verdict foreign = Evaluator.of(other).evaluate(leads.get(0));
    Contract amended = CallCentreMonth.variant("call-centre-month", "Changed without a new version");
    Verdict unsigned = Evaluator.of(amended).evaluate(leads.get(1));

    // when
    ReportInputException e = catchThrowableOfType(ReportInputException.class, () -> HtmlReport.builder()
        .history(CallCentreMonth.HISTORY).verdicts(List.of(foreign, unsigned, verdicts.get(2))).build());

    // then
    assertThat(e.foreignVerdicts()).hasSize(2);
    assertThat(e.foreignVerdicts().get(0)).startsWith("lead M-001: another-contract v1 (fingerprint ")
        .endsWith("is not a version of call-centre-month");
    assertThat(e.foreignVerdicts().get(1)).startsWith("lead M-002: call-centre-month v1 (fingerprint ")
        .contains("differs from the history's v1");
    assertThat(e).hasMessageStartingWith("report of call-centre-month: no page written; 2 verdicts no version of the history gave: "
        + "lead M-001: another-contract v1");
  }

  @Test
  void a_verdict_by_a_version_that_did_not_govern_its_lead_is_refused() {
    // given: delivered in the second half of March, judged by version 1
    Lead late = leads.get(80);
    Verdict byV1 = Evaluator.of(CallCentreMonth.V1).evaluate(late);

    // when / then
    assertThatThrownBy(() -> HtmlReport.builder().history(CallCentreMonth.HISTORY).verdicts(List.of(byV1)).build())
        .isInstanceOf(ReportInputException.class)
        .hasMessageContaining("lead M-081: call-centre-month v1").hasMessageContaining("when v2 governed");
  }

  @Test
  void rulings_on_leads_without_a_verdict_are_refused_naming_the_leads() {
    // given: the rulings of the whole month, the verdicts of its first ten leads
    List<Verdict> firstTen = verdicts.subList(0, 10);

    // when
    ReportInputException e = catchThrowableOfType(ReportInputException.class, () -> HtmlReport.builder()
        .history(CallCentreMonth.HISTORY).verdicts(firstTen).rulings(rulings).build());

    // then
    assertThat(e.rulingsWithoutVerdict()).containsExactly("M-021", "M-022", "M-023", "M-024", "M-031", "M-041");
    assertThat(e).hasMessageContaining("6 rulings on leads without a verdict: M-021, M-022, M-023, M-024, M-031 and 1 more");
  }

  @Test
  void two_verdicts_for_one_lead_are_refused() {
    assertThatThrownBy(() -> HtmlReport.builder().history(CallCentreMonth.HISTORY).verdicts(verdicts.subList(0, 3))
        .verdicts(verdicts.subList(2, 4)).build())
        .isInstanceOf(ReportInputException.class).hasMessageContaining("1 lead with two verdicts: M-003");
  }

  @Test
  void a_report_without_a_history_is_a_state_error() {
    assertThatThrownBy(() -> HtmlReport.builder().verdicts(verdicts).build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("report: no contract history given; call history(...) first");
  }

  @Test
  void a_month_without_leads_is_a_page_of_zeros() {
    String html = HtmlReport.builder().history(CallCentreMonth.HISTORY).build().html();

    assertThat(html).contains("data-measure=\"total.leads\" data-value=\"0\"", "Nothing is due", "No challenge was ruled on.",
        "Every lead was accepted and none was challenged.");
  }

  @Test
  void a_failing_appendable_is_an_unchecked_io_error() {
    Appendable broken = new Appendable() {
      @Override
      public Appendable append(CharSequence text) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public Appendable append(CharSequence text, int start, int end) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public Appendable append(char c) throws IOException {
        throw new IOException("disk full");
      }
    };

    assertThatThrownBy(() -> report(Language.EN).render(broken)).isInstanceOf(UncheckedIOException.class)
        .hasMessage("report: cannot write the page: disk full");
  }

  @Test
  void a_challenge_cited_outside_the_contract_is_shown_with_its_ground() {
    // given
    Lead lead = leads.get(0);
    Challenge challenge = Challenge.builder().leadId(lead.id()).filedBy(Party.BUYER).filedAt(lead.deliveredAt().plus(Duration.ofDays(1)))
        .addCitedCriteria("SAME-BRAND").build();
    List<Ruling> one = Arbiter.of(CallCentreMonth.HISTORY).ruleAll(List.of(lead), List.of(challenge));

    // when
    String html = HtmlReport.builder().history(CallCentreMonth.HISTORY).verdicts(List.of(verdicts.get(0))).rulings(one).build().html();

    // then
    assertThat(html).contains("dismissed: cites no agreed criterion<br>", "cites SAME-BRAND",
        "data-measure=\"total.challengesDismissed.OUT_OF_CONTRACT\" data-value=\"1\"");
  }
}
