package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;

/**
 * The one verdict writer ({@link VerdictEncoder}, behind {@link VerdictWriter} and
 * {@link LeadSpecJson#writeVerdict}) copies most of each line from bytes it encoded before; its
 * lines are byte for byte those of the token-by-token oracle ({@link TokenVerdictWriter}, on
 * Jackson's generator), whatever the contract and lead hold, streamed or one at a time.
 */
class VerdictWriterProperties {
  private static final long SEED = Long.getLong("leadspec.seed", 20261126L);
  private static final int CONTRACTS = 40;
  private static final int LEADS = 150;

  private final LeadSpecJson json = LeadSpecJson.standard();

  @Test
  void streamed_verdict_lines_are_the_token_writers_bytes_for_random_contracts_with_escapes_and_unicode() {
    for (int c = 0; c < CONTRACTS; c++) {
      // given
      long seed = SEED + c;
      WeirdContracts random = new WeirdContracts(seed);
      Evaluator evaluator = Evaluator.of(random.contract());
      List<Verdict> verdicts = new ArrayList<>();
      for (int i = 0; i < LEADS; i++) {
        verdicts.add(evaluator.evaluate(random.lead(i)));
      }

      // when
      byte[] streamed = stream(verdicts);

      // then
      assertThat(new String(streamed, StandardCharsets.UTF_8))
          .as("seed %s (rerun with -Dleadspec.seed=%s)", seed, seed)
          .isEqualTo(new String(tokenByToken(verdicts), StandardCharsets.UTF_8));
    }
  }

  @Test
  void verdicts_of_a_dozen_contract_versions_interleaved_in_one_stream_are_each_written_as_their_own() {
    // given
    SplittableRandom order = new SplittableRandom(SEED);
    List<WeirdContracts> randoms = new ArrayList<>();
    List<Evaluator> evaluators = new ArrayList<>();
    for (int c = 0; c < 12; c++) {
      randoms.add(new WeirdContracts(SEED + 1000 + c));
      evaluators.add(Evaluator.of(randoms.get(c).contract()));
    }
    List<Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      int c = order.nextInt(i < 1000 ? 3 : 12);
      verdicts.add(evaluators.get(c).evaluate(randoms.get(c).lead(i)));
    }

    // when
    byte[] streamed = stream(verdicts);

    // then
    assertThat(streamed).isEqualTo(tokenByToken(verdicts));
  }

  @Test
  void a_long_stream_of_one_contract_keeps_its_lines_exact_after_the_caches_settle() {
    // given
    WeirdContracts random = new WeirdContracts(SEED + 7);
    Evaluator evaluator = Evaluator.of(random.contract());
    List<Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < 12_000; i++) {
      verdicts.add(evaluator.evaluate(random.lead(i)));
    }

    // when
    byte[] streamed = stream(verdicts);

    // then
    assertThat(streamed).isEqualTo(tokenByToken(verdicts));
  }

  @Test
  void the_rich_contracts_sample_leads_stream_as_the_token_writer_writes_them() {
    // given
    List<Verdict> verdicts = new ArrayList<>();
    for (Contract contract : List.of(RichContract.contract(), RichContract.fixedPrice())) {
      for (Lead lead : RichContract.leads()) {
        try {
          verdicts.add(Evaluator.of(contract).evaluate(lead));
        } catch (LeadInputException e) {
          // a sample lead of the other contract: not a verdict
        }
      }
    }

    // when
    byte[] streamed = stream(verdicts);

    // then
    assertThat(verdicts).hasSizeGreaterThan(5);
    assertThat(streamed).isEqualTo(tokenByToken(verdicts));
  }

  @Test
  void every_character_is_written_as_jacksons_generator_writes_it() {
    // given
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < 0x10000; c++) {
      texts.add("x" + (char) c + "y");
    }
    texts.add("😀 and \ud83d alone and \ude00 alone, then \ud83d\ude00");
    texts.add("");
    texts.add("é".repeat(50_000));
    JsonBuffer buffer = new JsonBuffer(16);

    for (String text : texts) {
      // when
      buffer.clear();
      buffer.string(text);

      // then
      assertThat(buffer.toByteArray()).as("%s", text.length() > 9 ? text.length() + " characters" : text.codePoints().boxed().toList())
          .isEqualTo(jackson(g -> g.writeString(text)));
    }
  }

  @Test
  void integers_of_every_magnitude_are_written_as_jacksons_generator_writes_them() {
    // given
    List<Long> numbers = new ArrayList<>(List.of(0L, -0L, 9L, 10L, -10L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1));
    for (long power = 1; power > 0 && power <= Long.MAX_VALUE / 10; power *= 10) {
      numbers.addAll(List.of(power, power - 1, power + 1, -power, -power + 1, -power - 1, power * 9));
    }
    JsonBuffer buffer = new JsonBuffer(4);

    for (long number : numbers) {
      // when
      buffer.clear();
      buffer.number(number);

      // then
      assertThat(buffer.toByteArray()).as("%s", number).isEqualTo(jackson(g -> g.writeNumber(number)));
    }
  }

  private byte[] stream(List<Verdict> verdicts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (VerdictWriter writer = json.verdictWriter(out)) {
      verdicts.forEach(writer::write);
    }
    return out.toByteArray();
  }

  private byte[] tokenByToken(List<Verdict> verdicts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Verdict verdict : verdicts) {
      byte[] line = TokenVerdictWriter.line(verdict);
      assertThat(json.writeVerdict(verdict)).as("one verdict alone").isEqualTo(line);
      out.writeBytes(line);
    }
    return out.toByteArray();
  }

  private interface Write {
    void to(JsonGenerator generator);
  }

  private static byte[] jackson(Write write) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = CanonicalJson.generator(out)) {
      write.to(generator);
    }
    return out.toByteArray();
  }
}
