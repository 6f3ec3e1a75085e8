package dev.leadspec.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Fingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

/**
 * Core writes a contract's RFC 8785 form itself, from the model; the reference canonicalizer by
 * the RFC's author (test scope only) is its oracle on random contracts: canonicalizing the
 * contract's published document (lead-spec-json) gives our bytes exactly, and our bytes are
 * already canonical.
 */
class FingerprintOracleProperties {
  private static final long SEED = Long.getLong(LeadProperty.SEED_PROPERTY, LeadProperty.DEFAULT_SEED);
  private static final int CONTRACTS = 400;

  @Test
  void the_canonical_bytes_of_random_contracts_are_the_reference_canonicalization_of_their_documents() throws IOException {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < CONTRACTS; i++) {
      // given
      Contract contract = i % 2 == 0 ? RandomContracts.next(random) : RandomContracts.amend(RandomContracts.next(random), random);
      byte[] document = LeadSpecJson.standard().writeContract(contract);

      // when
      byte[] ours = Fingerprint.canonicalJson(contract);

      // then
      String reference = new String(new JsonCanonicalizer(document).getEncodedUTF8(), StandardCharsets.UTF_8);
      assertThat(new String(ours, StandardCharsets.UTF_8)).as("seed %s, contract %s (rerun with -D%s=%s)", SEED, i,
          LeadProperty.SEED_PROPERTY, SEED).isEqualTo(reference);
      assertThat(new JsonCanonicalizer(ours).getEncodedUTF8()).isEqualTo(ours);
      assertThat(Evaluator.of(contract).fingerprint()).isEqualTo(Fingerprint.of(contract))
          .isEqualTo(LeadSpecJson.standard().fingerprint(contract)).matches("[0-9a-f]{64}");
    }
  }
}
