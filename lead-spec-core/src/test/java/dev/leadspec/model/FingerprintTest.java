package dev.leadspec.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

/**
 * The fingerprint's canonical JSON is written by core from the model; the RFC 8785 reference
 * implementation (test scope only) finds nothing to change in it, whatever the texts hold.
 * lead-spec-json and lead-spec-test check the same bytes against the reference canonicalization
 * of the contract's published document, on random contracts.
 */
class FingerprintTest {

  private static Contract contract(String title, long minEmployees) {
    return Contract.builder().id("it-integrator").version(3).title(title)
        .effectiveFrom(LocalDate.of(2026, 1, 1)).zone(ZoneId.of("Europe/Moscow"))
        .addFields(Field.builder().name("employees").kind(FieldKind.INTEGER).unit("people").build())
        .addFields(Field.builder().name("budget").kind(FieldKind.DECIMAL).build())
        .addFields(Field.builder().name("brands").kind(FieldKind.CHOICES).addCodes("HP", "DELL", "Ёлка").build())
        .addCriteria(Criterion.builder().id("TA-SIZE").title(title).role(Role.REQUIRED)
            .condition(new Condition.Compare("employees", Operator.GE, Value.of(minEmployees))).build())
        .addCriteria(Criterion.builder().id("BUDGET").title("Budget \"big\"").role(Role.REQUIRED)
            .condition(new Condition.Between("budget", Value.of(new BigDecimal("1500.50")), Value.of(new BigDecimal("1E+6")),
                true, false)).build())
        .addCriteria(Criterion.builder().id("BRANDS").title("Brands").role(Role.DISQUALIFIER)
            .condition(new Condition.Compare("brands", Operator.EQ, Value.codes(java.util.List.of("HP", "DELL")))).build())
        .terms(Terms.builder().price(Money.of("1500.00", "RUB")).challengeWindow(Duration.ofDays(7)).build())
        .build();
  }

  @Test
  void the_canonical_json_of_a_contract_with_escapes_unicode_and_big_integers_is_already_canonical() throws IOException {
    for (String title : new String[] {"plain", "quote \" backslash \\ slash /", "tab\t nl\n cr\r ff\f bs\b nul\u0000 us\u001f del\u007f",
        "Размер компании «крупный»", "emoji 😀 and line separator \u2028", "中文"}) {
      for (long employees : new long[] {50, -1, 9_007_199_254_740_991L, 9_007_199_254_740_992L, Long.MIN_VALUE}) {
        // given
        Contract contract = contract(title, employees);

        // when
        byte[] canonical = Fingerprint.canonicalJson(contract);

        // then
        assertThat(new String(new JsonCanonicalizer(canonical).getEncodedUTF8(), StandardCharsets.UTF_8))
            .as("%s, %s", title, employees).isEqualTo(new String(canonical, StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void decimals_are_canonical_strings_big_integers_strings_and_sets_of_codes_sorted() {
    // when
    String json = new String(Fingerprint.canonicalJson(contract("t", 9_007_199_254_740_992L)), StandardCharsets.UTF_8);

    // then
    assertThat(json).startsWith("{\"criteria\":[{\"admitsLaterEvidence\":false,\"condition\":{\"field\":\"employees\"")
        .contains("\"value\":\"9007199254740992\"", "\"low\":\"1500.5\"", "\"high\":\"1000000\"", "\"value\":[\"DELL\",\"HP\"]",
            "\"price\":{\"amount\":\"1500\",\"currency\":\"RUB\"}", "\"challengeWindow\":\"PT168H\"", "\"version\":3")
        .doesNotContain("\n", "\": ", ", \"");
    assertThat(Fingerprint.canonicalJson(contract("t", 9_007_199_254_740_991L))).asString(StandardCharsets.UTF_8)
        .contains("\"value\":9007199254740991");
  }

  @Test
  void the_fingerprint_is_the_sha_256_of_the_canonical_json_and_changes_with_any_term() throws Exception {
    // given
    Contract contract = contract("t", 50);

    // when
    String fingerprint = Fingerprint.of(contract);

    // then
    byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Fingerprint.canonicalJson(contract));
    assertThat(fingerprint).isEqualTo(java.util.HexFormat.of().formatHex(digest)).matches("[0-9a-f]{64}")
        .isEqualTo(Fingerprint.of(contract("t", 50)))
        .isNotEqualTo(Fingerprint.of(contract("t", 49)))
        .isNotEqualTo(Fingerprint.of(contract("T", 50)));
  }
}
