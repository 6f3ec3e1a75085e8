package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.model.Contract;
import dev.leadspec.model.Fingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

/**
 * Core's RFC 8785 writer against the reference canonicalizer (test scope only), fed the contract
 * documents this module writes: the same bytes for contracts whose every text holds what JSON
 * escapes or encodes (quotes, backslashes, control characters, emoji, lone surrogates), integers at
 * the edge of the exact range, and the golden rich contract.
 */
class FingerprintOracleTest {
  private static final long SEED = Long.getLong("leadspec.seed", 20261203L);
  private final LeadSpecJson json = LeadSpecJson.standard();

  @Test
  void canonical_bytes_of_contracts_with_escapes_unicode_and_edge_integers_are_the_reference_canonicalization()
      throws IOException {
    for (int c = 0; c < 200; c++) {
      // given
      long seed = SEED + c;
      Contract contract = new WeirdContracts(seed).contract();

      // when
      byte[] ours = Fingerprint.canonicalJson(contract);

      // then
      assertThat(text(ours)).as("seed %s (rerun with -Dleadspec.seed=%s)", seed, seed).isEqualTo(reference(contract));
    }
  }

  @Test
  void the_rich_contracts_canonical_bytes_are_the_reference_canonicalization_and_already_canonical() throws IOException {
    for (Contract contract : new Contract[] {RichContract.contract(), RichContract.fixedPrice()}) {
      // when
      byte[] ours = Fingerprint.canonicalJson(contract);

      // then
      assertThat(text(ours)).isEqualTo(reference(contract));
      assertThat(new JsonCanonicalizer(ours).getEncodedUTF8()).isEqualTo(ours);
    }
  }

  private String reference(Contract contract) throws IOException {
    return text(new JsonCanonicalizer(json.writeContract(contract)).getEncodedUTF8());
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
