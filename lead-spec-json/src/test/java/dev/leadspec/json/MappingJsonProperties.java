package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.model.ColumnMapping;
import dev.leadspec.model.LeadMapping;
import dev.leadspec.model.LeadSpecException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Whatever mapping we write, our reader reads back as an equal mapping, and the schema accepts. */
class MappingJsonProperties {
  private static final long SEED = Long.getLong("leadspec.seed", 20261203L);
  private static final int MAPPINGS = 400;
  private static final String[] PIECES = {"Lead Source", "id", "y", "é", "Ünïcødé", "a\"b", "back\\slash", "tab\tin", "line\nbreak",
      "\u0001", "😀", " ", "", "OTHER", "Select", "N/A", "{", "$schema", "format", "1", "-", "日本"};

  private final LeadSpecJson json = LeadSpecJson.standard();

  @Test
  void a_written_mapping_reads_back_as_the_same_mapping() {
    for (int i = 0; i < MAPPINGS; i++) {
      // given
      long seed = SEED + i;
      LeadMapping mapping = mapping(new SplittableRandom(seed));

      // when
      byte[] written = json.writeMapping(mapping);

      // then
      String text = new String(written, StandardCharsets.UTF_8);
      assertThat(json.readMapping(written)).as("seed %s (rerun with -Dleadspec.seed=%s): %s", seed, seed, text).isEqualTo(mapping);
      assertThat(json.writeMapping(json.readMapping(written))).as("seed %s: written twice", seed).isEqualTo(written);
      if (i % 40 == 0) {
        SchemaAgreementTest.bothAccept("mapping", text);
      }
    }
  }

  @Test
  void an_empty_field_name_is_refused_by_the_reader_as_by_the_schema() {
    String document = "{\"format\": \"lead-spec.mapping/1\", \"columns\": {\"Lead Source\": {\"field\": \"\"}}}";

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.readMapping(document.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(JsonFormatException.class).hasMessageContaining("$.columns['Lead Source'].field")
        .hasMessageContaining("expected a name, found the empty string");
  }

  @Test
  void a_mapping_whose_column_name_the_reader_would_refuse_is_not_written() {
    // given: a header longer than the property name limit
    LeadMapping mapping = LeadMapping.builder().addColumns(ColumnMapping.of("x".repeat(300), "employees")).build();

    // when / then
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.writeMapping(mapping)).isInstanceOf(LeadSpecException.class)
        .hasMessageStartingWith("the mapping cannot be written so that it reads back: ").hasMessageContaining("name length");
  }

  @Test
  void only_what_differs_from_the_defaults_is_written() {
    LeadMapping mapping = LeadMapping.builder().separator(';').addUnknown("unknown").addColumns(ColumnMapping.of("y", "subscribed"))
        .build();

    assertThat(new String(json.writeMapping(mapping), StandardCharsets.UTF_8)).isEqualTo("{\n"
        + "  \"format\": \"lead-spec.mapping/1\",\n"
        + "  \"separator\": \";\",\n"
        + "  \"unknown\": [\n"
        + "    \"unknown\"\n"
        + "  ],\n"
        + "  \"columns\": {\n"
        + "    \"y\": {\n"
        + "      \"field\": \"subscribed\"\n"
        + "    }\n"
        + "  }\n"
        + "}\n");
  }

  private static String text(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    int parts = 1 + random.nextInt(3);
    for (int i = 0; i < parts; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  /** A name, as the schema asks: not empty. */
  private static String name(SplittableRandom random) {
    String name = text(random);
    return name.isEmpty() ? "x" : name;
  }

  private static LeadMapping mapping(SplittableRandom random) {
    LeadMapping.Builder mapping = LeadMapping.builder();
    if (random.nextBoolean()) {
      mapping.separator(";,\t|^".charAt(random.nextInt(5)));
    }
    if (random.nextBoolean()) {
      mapping.idColumn(name(random));
    }
    if (random.nextBoolean()) {
      mapping.deliveredAtColumn(name(random));
    }
    if (random.nextBoolean()) {
      mapping.deliveredAt(Instant.ofEpochSecond(random.nextLong(-5_000_000_000L, 50_000_000_000L), random.nextInt(3) == 0
          ? random.nextInt(1_000_000_000) : 0));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      mapping.addUnknown(text(random));
    }
    mapping.trim(random.nextBoolean()).ignoreCase(random.nextBoolean());
    for (int i = random.nextInt(3); i > 0; i--) {
      mapping.addAllowUnmapped(name(random));
    }
    int columns = random.nextInt(5);
    java.util.Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < columns; i++) {
      String name = text(random);
      if (name.isEmpty() || !names.add(name)) {
        continue;
      }
      ColumnMapping.Builder column = ColumnMapping.builder().column(name).field(random.nextBoolean() ? name : name(random));
      for (int j = random.nextInt(3); j > 0; j--) {
        column.addUnknown(text(random));
      }
      if (random.nextBoolean()) {
        column.trim(random.nextBoolean());
      }
      if (random.nextBoolean()) {
        column.ignoreCase(random.nextBoolean());
      }
      for (int j = random.nextInt(3); j > 0; j--) {
        column.putAliases(text(random) + j, text(random));
      }
      int otherwise = random.nextInt(3);
      if (otherwise == 1) {
        column.otherwise(name(random));
      } else if (otherwise == 2) {
        column.otherwiseUnknown(true);
      }
      if (random.nextBoolean()) {
        String separator = text(random);
        column.separator(separator.isEmpty() ? "," : separator);
      }
      mapping.addColumns(column.build());
    }
    return mapping.build();
  }
}
