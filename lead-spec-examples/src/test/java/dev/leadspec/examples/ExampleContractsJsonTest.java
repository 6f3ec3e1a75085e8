package dev.leadspec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Fingerprint;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

class ExampleContractsJsonTest {
  private static final List<Contract> EXAMPLES = List.of(HardwareUpgradeContract.V1, HardwareUpgradeContract.V2,
      FleetTelematicsBrief.CONTRACT, NpsSurvey.INTEGER_SCORE, NpsSurvey.DECIMAL_SCORE_WITH_GAPS);

  private final LeadSpecJson json = LeadSpecJson.standard();

  @Test
  void every_example_contract_survives_dsl_to_model_to_json_to_model_unchanged() {
    for (Contract contract : EXAMPLES) {
      // when
      Contract read = json.readContract(json.writeContract(contract));

      // then
      assertThat(read).as(contract.reference()).isEqualTo(contract);
      assertThat(json.fingerprint(read)).isEqualTo(json.fingerprint(contract));
    }
  }

  @Test
  void every_example_contracts_canonical_json_reads_and_writes_back_byte_identical() {
    for (Contract contract : EXAMPLES) {
      byte[] canonical = json.writeContract(contract);
      assertThat(json.writeContract(json.readContract(canonical))).as(contract.reference()).isEqualTo(canonical);
    }
  }

  @Test
  void every_example_contracts_fingerprint_hashes_the_reference_rfc_8785_canonicalization_of_its_document()
      throws java.io.IOException {
    for (Contract contract : EXAMPLES) {
      // given
      byte[] reference = new JsonCanonicalizer(json.writeContract(contract)).getEncodedUTF8();

      // when
      byte[] ours = Fingerprint.canonicalJson(contract);

      // then
      assertThat(new String(ours, StandardCharsets.UTF_8)).as(contract.reference())
          .isEqualTo(new String(reference, StandardCharsets.UTF_8));
      assertThat(Fingerprint.of(contract)).isEqualTo(json.fingerprint(contract));
    }
  }

  @Test
  void the_two_flagship_versions_have_different_fingerprints() {
    assertThat(json.fingerprint(HardwareUpgradeContract.V2)).isNotEqualTo(json.fingerprint(HardwareUpgradeContract.V1));
  }
}
