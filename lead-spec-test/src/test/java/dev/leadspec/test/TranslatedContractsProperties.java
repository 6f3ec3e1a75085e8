package dev.leadspec.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.Fingerprint;
import dev.leadspec.model.Table;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random contracts, a third of them with titles, labels and units in other languages: whatever
 * we write, our reader reads back to the same contract and the same bytes, and translations enter
 * the canonical form only as their own members, so a contract without them has the canonical
 * form (and fingerprint) it would have had before contracts could have them.
 */
class TranslatedContractsProperties {
  private static final long SEED = Long.getLong(LeadProperty.SEED_PROPERTY, LeadProperty.DEFAULT_SEED);
  private static final int CONTRACTS = 400;
  private static final LeadSpecJson JSON = LeadSpecJson.standard();

  private static Contract draw(SplittableRandom random, int i) {
    return i % 2 == 0 ? RandomContracts.next(random) : RandomContracts.amend(RandomContracts.next(random), random);
  }

  @Test
  void random_contracts_with_random_translations_round_trip_exactly_and_keep_their_fingerprint() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < CONTRACTS; i++) {
      // given
      Contract contract = draw(random, i);

      // when
      byte[] document = JSON.writeContract(contract);
      Contract read = JSON.readContract(document);

      // then
      String rerun = String.format("seed %s, contract %s (rerun with -D%s=%s)", SEED, i, LeadProperty.SEED_PROPERTY, SEED);
      assertThat(read).as(rerun).isEqualTo(contract);
      assertThat(read.titles()).as(rerun).containsExactlyEntriesOf(contract.titles());
      assertThat(JSON.writeContract(read)).as(rerun).isEqualTo(document);
      assertThat(Fingerprint.of(read)).as(rerun).isEqualTo(Fingerprint.of(contract));
    }
  }

  @Test
  void translations_enter_the_canonical_form_only_as_their_own_members() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < CONTRACTS; i++) {
      // given
      Contract contract = draw(random, i);

      // when
      String translated = new String(Fingerprint.canonicalJson(contract), StandardCharsets.UTF_8);
      String plain = new String(Fingerprint.canonicalJson(withoutTranslations(contract)), StandardCharsets.UTF_8);

      // then
      assertThat(translated.replaceAll(",\"(titles|labels|units)\":\\{[^{}]*\\}", "")).as("seed %s, contract %s", SEED, i)
          .isEqualTo(plain);
      assertThat(plain).doesNotContain("\"titles\":", "\"labels\":", "\"units\":");
    }
  }

  @Test
  void a_third_of_random_contracts_have_translations_of_every_kind_under_every_shape_of_tag() {
    // given
    SplittableRandom random = new SplittableRandom(SEED);
    Set<String> seen = new LinkedHashSet<>();
    int translated = 0;

    // when
    for (int i = 0; i < CONTRACTS; i++) {
      Contract contract = RandomContracts.next(random);
      boolean any = tags(seen, "contract title", contract.titles());
      for (Field field : contract.fields()) {
        any |= tags(seen, "label", field.labels());
        any |= tags(seen, "unit", field.units());
      }
      for (Criterion criterion : contract.criteria()) {
        any |= tags(seen, "criterion title", criterion.titles());
      }
      for (Table table : contract.tables()) {
        any |= tags(seen, "table title", table.titles());
      }
      translated += any ? 1 : 0;
    }

    // then
    assertThat(translated).isBetween(CONTRACTS / 5, CONTRACTS / 2);
    assertThat(seen).containsAll(List.of("contract title", "label", "unit", "criterion title", "table title", "tag ru", "tag pt-BR",
        "tag sr-Latn", "tag es-419", "tag zh-Hant-TW", "tag en"));
  }

  private static boolean tags(Set<String> seen, String what, Map<String, String> translations) {
    if (!translations.isEmpty()) {
      seen.add(what);
    }
    translations.keySet().forEach(tag -> seen.add("tag " + tag));
    return !translations.isEmpty();
  }

  private static Contract withoutTranslations(Contract contract) {
    Contract.Builder builder = Contract.builder().id(contract.id()).version(contract.version()).title(contract.title())
        .language(contract.language()).effectiveFrom(contract.effectiveFrom()).zone(contract.zone()).terms(contract.terms());
    for (Field field : contract.fields()) {
      builder.addFields(Field.builder().name(field.name()).kind(field.kind()).label(field.label()).unit(field.unit())
          .addAllCodes(field.codes()).question(field.question()).build());
    }
    for (Criterion criterion : contract.criteria()) {
      builder.addCriteria(Criterion.builder().id(criterion.id()).title(criterion.title()).role(criterion.role())
          .unknownAs(criterion.unknownAs()).admitsLaterEvidence(criterion.admitsLaterEvidence()).condition(criterion.condition())
          .build());
    }
    for (Table table : contract.tables()) {
      builder.addTables(Table.builder().id(table.id()).title(table.title()).hitPolicy(table.hitPolicy()).complete(table.complete())
          .addAllRows(table.rows()).build());
    }
    return builder.build();
  }
}
