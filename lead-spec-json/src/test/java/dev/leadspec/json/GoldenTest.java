package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Byte-exact output checked against files in the repository; the parent POM reruns these under
 * tr_TR, de_DE, ar_SA, two time zones and ISO-8859-1. On a mismatch the actual bytes are written
 * to {@code target/golden-actual/} for review.
 */
@Tag("golden")
class GoldenTest {
  private final LeadSpecJson json = LeadSpecJson.standard();

  @Test
  void the_rich_contract_has_its_golden_fingerprint_on_any_machine() {
    // given
    Contract contract = RichContract.contract();

    // when
    String fingerprint = Evaluator.of(contract).fingerprint() + "\n";

    // then
    assertGolden("rich-contract.sha256", fingerprint.getBytes(StandardCharsets.UTF_8));
    assertThat(json.fingerprint(contract) + "\n").isEqualTo(fingerprint);
  }

  @Test
  void the_rich_contract_has_its_golden_canonical_document() {
    assertGolden("rich-contract.json", json.writeContract(RichContract.contract()));
  }

  @Test
  void the_golden_contract_document_reads_back_to_the_same_contract_and_fingerprint() {
    // given
    Contract read = json.readContract(golden("rich-contract.json"));

    // then
    assertThat(read).isEqualTo(RichContract.contract());
    assertThat((json.fingerprint(read) + "\n").getBytes(StandardCharsets.UTF_8)).isEqualTo(golden("rich-contract.sha256"));
  }

  @Test
  void the_sample_leads_have_their_golden_verdicts() {
    // given
    Evaluator evaluator = Evaluator.of(RichContract.contract());
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    // when
    try (VerdictWriter verdicts = json.verdictWriter(out)) {
      for (Lead lead : RichContract.leads()) {
        verdicts.write(evaluator.evaluate(lead));
      }
    }

    // then
    assertGolden("rich-verdicts.jsonl", out.toByteArray());
  }

  @Test
  void the_sample_leads_have_their_golden_jsonl() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (LeadWriter leads = json.leadWriter(out)) {
      RichContract.leads().forEach(leads::write);
    }
    assertGolden("rich-leads.jsonl", out.toByteArray());
  }

  static byte[] golden(String name) {
    try (InputStream in = GoldenTest.class.getResourceAsStream(name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertGolden(String name, byte[] actual) {
    byte[] expected = golden(name);
    if (!java.util.Arrays.equals(expected, actual)) {
      try {
        Path dir = Path.of("target", "golden-actual");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), actual);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(new String(actual, StandardCharsets.UTF_8)).as("golden file %s", name)
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(actual).isEqualTo(expected);
  }
}
