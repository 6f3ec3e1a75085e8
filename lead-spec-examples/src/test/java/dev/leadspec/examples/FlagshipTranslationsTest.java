package dev.leadspec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.Fingerprint;
import dev.leadspec.model.Table;
import dev.leadspec.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The flagship speaks Russian too: every text a Russian appendix shows (the contract's title, its
 * criteria's and table's titles, its fields' labels and units) has a Russian version, and without
 * them each version is exactly the contract it was before, with the fingerprint pinned then.
 */
class FlagshipTranslationsTest {
  private static final String RU = Language.RU.tag();

  @Test
  void every_title_label_and_unit_of_both_versions_has_a_russian_text_of_its_own() {
    for (Contract contract : List.of(HardwareUpgradeContract.V1, HardwareUpgradeContract.V2)) {
      assertThat(contract.titles()).containsOnlyKeys(RU);
      assertThat(contract.title(RU)).isEqualTo("Лиды на обновление компьютерного парка для IT-интегратора");
      for (Field field : contract.fields()) {
        assertThat(field.labels()).as(field.name()).containsOnlyKeys(RU);
        assertThat(field.label(RU)).as(field.name()).isNotEqualTo(field.label()).matches(".*[а-яА-Я].*");
        assertThat(field.units().keySet()).as(field.name()).isEqualTo(field.unit().isPresent() ? java.util.Set.of(RU) : java.util.Set.of());
      }
      for (Criterion criterion : contract.criteria()) {
        assertThat(criterion.title(RU)).as(criterion.id()).isNotEqualTo(criterion.title()).matches(".*[а-яА-Я].*");
      }
      for (Table table : contract.tables()) {
        assertThat(table.title(RU)).as(table.id()).isEqualTo("Цена лида по размеру компании");
      }
    }
    assertThat(HardwareUpgradeContract.EMPLOYEES.toField().unit(RU)).contains("чел.");
    assertThat(HardwareUpgradeContract.V1.criteria().get(4).title(RU)).isEqualTo("Лицо, принимающее решение (ЛПР)");
  }

  @Test
  void without_its_russian_texts_each_version_has_the_fingerprint_it_had_before_it_was_translated() {
    assertThat(Fingerprint.of(untranslated(HardwareUpgradeContract.V1)))
        .isEqualTo("8077e48800493ea5736d1e3b869fdb165c403865d3875769e5c2205d100b3b0b");
    assertThat(Fingerprint.of(untranslated(HardwareUpgradeContract.V2)))
        .isEqualTo("2649e872279c06cdcba05aa4146dcbe323f4beadeb025d73acc77f29583fd5bd");
    assertThat(Fingerprint.of(HardwareUpgradeContract.V1)).isNotEqualTo(Fingerprint.of(untranslated(HardwareUpgradeContract.V1)));
  }

  private static Contract untranslated(Contract contract) {
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
