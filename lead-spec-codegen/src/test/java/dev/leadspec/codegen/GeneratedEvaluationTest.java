package dev.leadspec.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.eval.Compilation;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.GeneratedEvaluation;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Fingerprint;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadInputException;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Role;
import dev.leadspec.model.Value;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedEvaluationTest {
  private static final String HOSTILE = "\"); System.exit(1); //";

  @Test
  void an_evaluator_asked_for_generated_code_uses_a_hidden_class_and_says_so() {
    // given
    Contract contract = sizeContract(List.of("SMB", "ENTERPRISE"));
    // when
    Evaluator generated = Evaluator.of(contract, Compilation.GENERATED);
    Evaluator interpreted = Evaluator.of(contract);
    // then
    assertThat(generated.compilation()).isEqualTo(Compilation.GENERATED);
    assertThat(generated.toString()).isEqualTo("Evaluator{" + contract.reference() + ", generated}");
    assertThat(interpreted.compilation()).isEqualTo(Compilation.INTERPRETED);
    assertThat(interpreted.toString()).isEqualTo("Evaluator{" + contract.reference() + ", interpreted}");
  }

  @Test
  void a_lead_with_49_employees_is_rejected_for_TA_SIZE_by_generated_code_as_by_the_interpreter() {
    // given
    Contract contract = sizeContract(List.of("SMB", "ENTERPRISE"));
    Lead lead = lead().fact("employees", 49).fact("segment", "SMB").build();
    // when
    Verdict generated = Evaluator.of(contract, Compilation.GENERATED).evaluate(lead);
    Verdict interpreted = Evaluator.of(contract).evaluate(lead);
    // then
    assertThat(generated.isAccepted()).isFalse();
    assertThat(generated.reasons()).extracting(r -> r.criterionId()).containsExactly("TA-SIZE");
    assertThat(generated).isEqualTo(interpreted);
    assertThat(generated.explanation()).isEqualTo(interpreted.explanation());
  }

  @Test
  void a_code_outside_the_set_fails_with_the_interpreters_exception_and_message() {
    // given
    Contract contract = sizeContract(List.of("SMB", "ENTERPRISE"));
    Lead lead = lead().fact("employees", 60).fact("segment", "smb").build();
    // when
    Throwable interpreted = catchThrowable(() -> Evaluator.of(contract).evaluate(lead));
    // then
    assertThat(interpreted).isInstanceOf(LeadInputException.class);
    assertThatThrownBy(() -> Evaluator.of(contract, Compilation.GENERATED).evaluate(lead))
        .isInstanceOf(LeadInputException.class)
        .hasMessage(interpreted.getMessage());
  }

  @Test
  void a_choice_field_of_more_than_64_codes_is_matched_by_generated_code() {
    // given: past 64 codes a code set is a table, not a bit mask
    List<String> codes = new ArrayList<>();
    for (int c = 0; c < 70; c++) {
      codes.add("S" + c);
    }
    Contract contract = sizeContract(codes);
    Evaluator generated = Evaluator.of(contract, Compilation.GENERATED);
    Evaluator interpreted = Evaluator.of(contract);
    // when / then
    assertThat(generated.compilation()).isEqualTo(Compilation.GENERATED);
    for (String code : codes) {
      Lead lead = lead().fact("employees", 60).fact("segment", code).build();
      assertThat(generated.evaluate(lead)).as(code).isEqualTo(interpreted.evaluate(lead));
    }
    assertThat(generated.evaluate(lead().fact("employees", 60).fact("segment", "S69").build()).isAccepted()).isTrue();
    assertThat(generated.evaluate(lead().fact("employees", 60).fact("segment", "S3").build()).isAccepted()).isFalse();
  }

  @Test
  void evaluators_of_one_fingerprint_share_one_hidden_class() {
    // given
    Contract contract = sizeContract(List.of("SMB", "ENTERPRISE"));
    HiddenClassGenerator generator = new HiddenClassGenerator();
    String fingerprint = Fingerprint.of(contract);
    // when
    GeneratedEvaluation first = generator.generate(contract, fingerprint).orElseThrow();
    GeneratedEvaluation second = generator.generate(contract, fingerprint).orElseThrow();
    // then
    assertThat(first).isNotSameAs(second);
    assertThat(first.getClass()).isSameAs(second.getClass());
    assertThat(first.getClass().isHidden()).isTrue();
  }

  @Test
  void nothing_of_a_contract_becomes_code_its_strings_reach_the_class_as_class_data() {
    // given: a field, a code and a text a hostile author chose
    Contract contract = Contract.builder().id("hostile").version(1).title("Hostile").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(Field.builder().name("name" + HOSTILE).kind(FieldKind.TEXT).build())
        .addFields(Field.builder().name("segment").kind(FieldKind.CHOICE).addCodes("A" + HOSTILE, "B").build())
        .addCriteria(criterion("T", new Condition.Compare("name" + HOSTILE, Operator.EQ, Value.of("x" + HOSTILE))))
        .addCriteria(criterion("S", new Condition.In("segment", List.of("A" + HOSTILE), false)))
        .build();
    ContractWriter writer = new ContractWriter(contract);
    // when
    String classFile = new String(writer.write(), StandardCharsets.ISO_8859_1);
    Verdict verdict = Evaluator.of(contract, Compilation.GENERATED)
        .evaluate(lead().fact("name" + HOSTILE, "x" + HOSTILE).fact("segment", "A" + HOSTILE).build());
    // then
    assertThat(classFile).doesNotContain("System.exit").doesNotContain("name\"");
    assertThat(writer.classData()).contains("name" + HOSTILE, "A" + HOSTILE, "x" + HOSTILE);
    assertThat(verdict.isAccepted()).isTrue();
  }

  @Test
  void a_contract_of_more_than_32_criteria_is_interpreted() {
    // given
    Contract.Builder builder = Contract.builder().id("wide").version(1).title("Wide").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(Field.builder().name("employees").kind(FieldKind.INTEGER).build());
    for (int i = 0; i < 33; i++) {
      builder.addCriteria(criterion("C" + i, new Condition.Compare("employees", Operator.GE, Value.of(i))));
    }
    Contract contract = builder.build();
    // when
    Evaluator evaluator = Evaluator.of(contract, Compilation.GENERATED);
    // then: C21 to C32 fail
    assertThat(evaluator.compilation()).isEqualTo(Compilation.INTERPRETED);
    assertThat(evaluator.evaluate(lead().fact("employees", 20).build()).reasons()).hasSize(12);
  }

  @Test
  void a_contract_whose_code_the_jit_would_not_compile_is_interpreted() {
    // given: one criterion comparing a text with 2000 others, far past the 8000 bytes the JIT compiles
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      texts.add("t" + i);
    }
    Contract contract = Contract.builder().id("huge").version(1).title("Huge").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(Field.builder().name("name").kind(FieldKind.TEXT).build())
        .addCriteria(criterion("T", new Condition.In("name", texts, false)))
        .build();
    // when
    Evaluator evaluator = Evaluator.of(contract, Compilation.GENERATED);
    // then
    assertThat(HiddenClassGenerator.define(contract)).isNull();
    assertThat(evaluator.compilation()).isEqualTo(Compilation.INTERPRETED);
    assertThat(evaluator.evaluate(lead().fact("name", "t1999").build()).isAccepted()).isTrue();
  }

  /** employees at least 50 (TA-SIZE); segment one of the last two codes (TA-SEGMENT). */
  private static Contract sizeContract(List<String> codes) {
    return Contract.builder().id("size").version(1).title("Size").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(Field.builder().name("employees").kind(FieldKind.INTEGER).build())
        .addFields(Field.builder().name("segment").kind(FieldKind.CHOICE).addAllCodes(codes).build())
        .addCriteria(criterion("TA-SIZE", new Condition.Compare("employees", Operator.GE, Value.of(50))))
        .addCriteria(criterion("TA-SEGMENT", new Condition.In("segment", codes.subList(codes.size() - 2, codes.size()), false)))
        .build();
  }

  private static Criterion criterion(String id, Condition condition) {
    return Criterion.builder().id(id).title(id).condition(condition).role(Role.REQUIRED).build();
  }

  private static Lead.Builder lead() {
    return Lead.builder().id("L-1").deliveredAt(Instant.parse("2026-03-02T10:15:00Z"));
  }

  private static Throwable catchThrowable(Runnable action) {
    try {
      action.run();
      throw new AssertionError("no exception");
    } catch (RuntimeException e) {
      return e;
    }
  }
}
