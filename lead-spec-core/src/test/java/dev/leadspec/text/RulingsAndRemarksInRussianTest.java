package dev.leadspec.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.analysis.Remark;
import dev.leadspec.analysis.SemanticDiff;
import dev.leadspec.dispute.Arbiter;
import dev.leadspec.dispute.Challenge;
import dev.leadspec.dispute.Correction;
import dev.leadspec.dispute.Ground;
import dev.leadspec.dispute.Party;
import dev.leadspec.dispute.Ruling;
import dev.leadspec.eval.ContractHistory;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Evidence;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Role;
import dev.leadspec.model.Terms;
import dev.leadspec.model.Value;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ruling's explanation and a diff's remarks, which the model keeps in English, are worded in
 * Russian where a document is Russian; in English they are the model's own record.
 */
class RulingsAndRemarksInRussianTest {
  private static final Instant DELIVERED = Instant.parse("2026-03-02T10:00:00Z");

  private static Contract hardware() {
    return Contract.builder().id("hw").version(1).title("Hardware").effectiveFrom(LocalDate.of(2026, 3, 1))
        .addFields(Field.builder().name("plans").kind(FieldKind.ANSWER).question("Upgrade?").build(),
            Field.builder().name("phone_valid").kind(FieldKind.FLAG).build())
        .addCriteria(Criterion.builder().id("Q-UPGRADE").title("Plans").role(Role.REQUIRED)
                .condition(new Condition.Compare("plans", Operator.EQ, Value.of(Answer.YES))).build(),
            Criterion.builder().id("DQ-PHONE").title("Phone invalid").role(Role.DISQUALIFIER).admitsLaterEvidence(true)
                .condition(new Condition.Compare("phone_valid", Operator.EQ, Value.of(false))).build())
        .terms(Terms.builder().challengeWindow(Duration.ofDays(10)).build())
        .build();
  }

  private static Ruling rule(Instant filedAt, List<Correction> corrections, String... cited) {
    Lead lead = Lead.builder().id("L-1").deliveredAt(DELIVERED).fact("plans", Answer.YES).fact("phone_valid", true).build();
    return Arbiter.of(ContractHistory.of(hardware())).rule(lead, Challenge.builder().leadId("L-1").filedBy(Party.BUYER)
        .filedAt(filedAt).addCitedCriteria(cited).addAllCorrections(corrections).build());
  }

  private static Correction correction(String field, Value value, Instant recordedAt) {
    return Correction.of(field, value, Evidence.of("callback", recordedAt));
  }

  @Test
  void every_ground_of_a_ruling_is_explained_in_russian_and_english_is_the_rulings_own_record() {
    // given
    Instant callback = DELIVERED.plus(Duration.ofDays(3));
    Ruling late = rule(DELIVERED.plus(Duration.ofDays(10)).plusSeconds(1), List.of(), "Q-UPGRADE");
    Ruling foreign = rule(callback, List.of(), "SAME-BRAND");
    Ruling uncited = rule(callback, List.of());
    Ruling afterDelivery = rule(callback, List.of(correction("plans", Value.of(Answer.NO), callback)), "Q-UPGRADE");
    Ruling upheld = rule(callback, List.of(correction("phone_valid", Value.of(false), callback)), "DQ-PHONE");
    Ruling dismissed = rule(callback, List.of(), "DQ-PHONE", "Q-UPGRADE");

    // then
    assertThat(List.of(late, foreign, uncited, afterDelivery, upheld, dismissed)).extracting(Ruling::ground).containsExactly(
        Ground.LATE, Ground.OUT_OF_CONTRACT, Ground.OUT_OF_CONTRACT, Ground.EVIDENCE_AFTER_DELIVERY, Ground.SUBSTANTIATED,
        Ground.NOT_SUBSTANTIATED);
    assertThat(Language.RU.explanation(late)).isEqualTo("подан 2026-03-12T10:00:01Z, после того как срок оспаривания (10 дней) "
        + "истёк 2026-03-12T10:00:00Z (лид передан 2026-03-02T10:00:00Z; hw v1)");
    assertThat(Language.RU.explanation(foreign)).isEqualTo("ссылается на SAME-BRAND, но это не критерий договора hw v1; "
        + "условие, которое не было согласовано, не может решать судьбу лида");
    assertThat(Language.RU.explanation(uncited)).startsWith("не ссылается ни на один критерий договора hw v1; ");
    assertThat(Language.RU.explanation(afterDelivery)).isEqualTo("все исправления записаны после передачи лида 2026-03-02T10:00:00Z, "
        + "и ни один оспоренный критерий не допускает для них более поздних доказательств: "
        + "plans = NO (callback @ 2026-03-05T10:00:00Z)");
    assertThat(Language.RU.explanation(upheld)).isEqualTo("после повторной оценки с исправлениями "
        + "phone_valid = false (callback @ 2026-03-05T10:00:00Z) лид НЕ ЗАСЧИТАН по критерию DQ-PHONE (hw v1)");
    assertThat(Language.RU.explanation(dismissed)).isEqualTo("после повторной оценки без исправлений итог прежний: ЗАСЧИТАН "
        + "(hw v1; оспорены критерии DQ-PHONE, Q-UPGRADE)");
    for (Ruling ruling : List.of(late, foreign, uncited, afterDelivery, upheld, dismissed)) {
      assertThat(Language.EN.explanation(ruling)).isEqualTo(ruling.explanation());
      assertThat(Language.RU.explanation(ruling)).as(ruling.explanation()).doesNotContain("filed", "cites", "re-evaluated",
          "correction", "criterion", "outcome");
    }
  }

  @Test
  void a_russian_diff_writes_its_notes_in_russian_and_an_english_one_as_the_diff_records_them() {
    // given
    Field integer = Field.builder().name("employees").kind(FieldKind.INTEGER).build();
    Field decimal = Field.builder().name("employees").kind(FieldKind.DECIMAL).build();
    Field before = Field.builder().name("industry").kind(FieldKind.CHOICE).addCodes("RETAIL", "BANKING").build();
    Field after = Field.builder().name("industry").kind(FieldKind.CHOICE).addCodes("RETAIL", "BANKING", "MINING").build();
    Criterion industry = Criterion.builder().id("IND").title("Industry").role(Role.REQUIRED)
        .condition(new Condition.In("industry", List.of("RETAIL"), false)).build();
    Criterion size = Criterion.builder().id("SIZE").title("Size").role(Role.REQUIRED)
        .condition(new Condition.Known("employees", true)).build();
    Contract v1 = Contract.builder().id("c").version(1).title("C").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(integer, before).addCriteria(industry, size).build();
    Contract v2 = Contract.builder().id("c").version(2).title("C").effectiveFrom(LocalDate.of(2026, 2, 1))
        .addFields(decimal, after).addCriteria(industry, size).build();

    // when
    SemanticDiff diff = SemanticDiff.between(v1, v2, 1);
    String ru = Markdown.diff(diff, Language.RU);
    String en = Markdown.diff(diff, Language.EN);

    // then
    assertThat(diff.remarkDetails()).extracting(Remark::kind).containsExactly(Remark.Kind.KINDS_DIFFER,
        Remark.Kind.CODES_IN_ONE_CONTRACT, Remark.Kind.BUDGET_REACHED);
    assertThat(diff.remarkDetails()).extracting(Remark::text).isEqualTo(diff.remarks());
    assertThat(ru).contains("## Примечания\n\n"
        + "- поле \"employees\" в одном договоре — целое число, в другом — десятичное число: сравниваются только лиды, "
        + "у которых оно неизвестно\n"
        + "- поле \"industry\": коды [MINING] объявлены только в одном договоре: лиды с ними не сравниваются\n"
        + "- сравнение остановилось на пределе анализа (1 область): другие лиды тоже могут получить другой вердикт\n")
        .doesNotContain("field \"", "contract", "budget");
    assertThat(en).contains("## Notes\n\n- " + String.join("\n- ", diff.remarks()) + "\n");
  }
}
