package dev.leadspec.examples;

import dev.leadspec.json.LeadSource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.json.VerdictWriter;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What was agreed, provably: the flagship's canonical documents, their fingerprints and the
 * sample leads' verdicts as JSONL, byte for byte. Tagged golden: the build reruns it under tr_TR,
 * de_DE, ar_SA, two time zones and ISO-8859-1. To accept an intended change, run
 * {@code FlagshipJsonGoldenTest.main} and review the diff of the golden files.
 */
@Tag("golden")
class FlagshipJsonGoldenTest {
  static final String FINGERPRINTS = "flagship-fingerprints.golden.txt";
  static final String V1_DOCUMENT = "flagship-v1.golden.json";
  static final String V2_DOCUMENT = "flagship-v2.golden.json";
  static final String VERDICTS = "flagship-verdicts.golden.jsonl";

  private static final LeadSpecJson JSON = LeadSpecJson.standard();
  private static final ContractHistory HISTORY = ContractHistory.of(HardwareUpgradeContract.V1, HardwareUpgradeContract.V2);

  /** One line per version: reference and fingerprint. */
  static byte[] fingerprints() {
    StringBuilder text = new StringBuilder();
    for (Contract version : HISTORY.versions()) {
      text.append(version.reference()).append(' ').append(Evaluator.of(version).fingerprint()).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** One verdict line per sample record, governed by the version in effect at delivery; error records for bad lines. */
  static byte[] verdicts() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (VerdictWriter verdicts = JSON.verdictWriter(out)) {
      for (LeadSource.Record record : FlagshipReport.sampleLeads(HardwareUpgradeContract.V1)) {
        if (record.lead().isEmpty()) {
          verdicts.writeError(record.line(), null, record.error().orElseThrow());
          continue;
        }
        Lead lead = record.lead().get();
        try {
          verdicts.write(HISTORY.evaluate(lead));
        } catch (LeadInputException e) {
          verdicts.writeError(record.line(), lead.id(), e);
        }
      }
    }
    return out.toByteArray();
  }

  @Test
  void each_flagship_version_has_its_golden_fingerprint_on_any_locale_zone_and_charset() throws IOException {
    assertThat(fingerprints()).isEqualTo(golden(FINGERPRINTS));
  }

  @Test
  void each_flagship_version_has_its_golden_canonical_document() throws IOException {
    assertThat(JSON.writeContract(HardwareUpgradeContract.V1)).isEqualTo(golden(V1_DOCUMENT));
    assertThat(JSON.writeContract(HardwareUpgradeContract.V2)).isEqualTo(golden(V2_DOCUMENT));
  }

  @Test
  void the_golden_documents_read_back_to_the_dsl_contracts() throws IOException {
    assertThat(JSON.readContract(golden(V1_DOCUMENT))).isEqualTo(HardwareUpgradeContract.V1);
    assertThat(JSON.readContract(golden(V2_DOCUMENT))).isEqualTo(HardwareUpgradeContract.V2);
  }

  @Test
  void the_sample_leads_verdicts_are_byte_identical_to_the_golden_jsonl() throws IOException {
    byte[] verdicts = verdicts();
    assertThat(new String(verdicts, StandardCharsets.UTF_8)).isEqualTo(new String(golden(VERDICTS), StandardCharsets.UTF_8));
    assertThat(verdicts).isEqualTo(golden(VERDICTS));
  }

  @Test
  void every_sample_record_gives_exactly_one_line() throws IOException {
    long lines = new String(golden(VERDICTS), StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
    assertThat(lines).isEqualTo(FlagshipReport.sampleLeads(HardwareUpgradeContract.V1).size());
  }

  private static byte[] golden(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(FlagshipJsonGoldenTest.class.getResourceAsStream(name), name)) {
      return in.readAllBytes();
    }
  }

  /**
   * Regenerates the golden files (run from the module directory).
   *
   * @param args ignored
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of("src/test/resources/dev/leadspec/examples");
    Files.write(dir.resolve(FINGERPRINTS), fingerprints());
    Files.write(dir.resolve(V1_DOCUMENT), JSON.writeContract(HardwareUpgradeContract.V1));
    Files.write(dir.resolve(V2_DOCUMENT), JSON.writeContract(HardwareUpgradeContract.V2));
    Files.write(dir.resolve(VERDICTS), verdicts());
  }
}
