package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A line that is not a lead names its lead when, and only when, it states the id unambiguously. */
class LeadRecordTest {
  private final LeadSpecJson json = LeadSpecJson.standard();

  private List<LeadRecord> read(String... lines) {
    List<LeadRecord> records = new ArrayList<>();
    try (LeadReader reader = json.leadReader(new ByteArrayInputStream((String.join("\n", lines) + "\n")
        .getBytes(StandardCharsets.UTF_8)), RichContract.contract())) {
      reader.forEach(records::add);
    }
    return records;
  }

  private static final String HEAD = "{\"format\":\"lead-spec.lead/1\",";

  @Test
  void a_line_that_fails_after_its_id_was_read_names_the_lead() {
    // when
    List<LeadRecord> records = read(
        HEAD + "\"id\":\"L-1\",\"deliveredAt\":\"yesterday\",\"facts\":{}}",
        HEAD + "\"id\":\"L-2\",\"deliveredAt\":\"2026-03-02T10:00:00Z\",\"facts\":{\"employees\":3,}}",
        HEAD + "\"id\":\"L-3\",\"deliveredAt\":\"2026-03-02T10:00:00Z\",\"facts\":{\"employees\":3",
        HEAD + "\"id\":\"L-4\",\"deliveredAt\":\"2026-03-02T10:00:00Z\",\"facts\":{},\"colour\":\"red\"}",
        HEAD + "\"id\":\"L-5\",\"deliveredAt\":\"2026-03-02T10:00:00Z\",\"facts\":{\"note\":\"\u0001\"}}");

    // then
    assertThat(records).extracting(LeadRecord::leadId).containsExactly(Optional.of("L-1"), Optional.of("L-2"), Optional.of("L-3"),
        Optional.of("L-4"), Optional.of("L-5"));
    assertThat(records).allSatisfy(record -> assertThat(record.error()).isPresent());
    assertThat(records.get(0).error().orElseThrow()).hasMessageContaining("$.deliveredAt");
    assertThat(records.get(0)).hasToString("line 1: lead L-1: " + records.get(0).error().orElseThrow().getMessage());
  }

  @Test
  void a_line_that_states_no_id_or_states_it_ambiguously_names_no_lead() {
    // when
    List<LeadRecord> records = read(
        // broken before the id
        "{\"format\":\"lead-spec.lead/1\",\"deliveredAt\":,\"id\":\"L-1\",\"facts\":{}}",
        // two ids
        HEAD + "\"id\":\"L-2\",\"id\":\"L-3\",\"deliveredAt\":\"2026-03-02T10:00:00Z\",\"facts\":{}}",
        // broken after an id, with another "id": after the break
        HEAD + "\"id\":\"L-4\",\"facts\":{,\"id\":\"L-5\"}",
        // not a lead: a contract's id is no lead's
        "{\"format\":\"lead-spec.contract/1\",\"id\":\"it-integrator\",\"version\":1}",
        // an id that is not a string, or is blank
        HEAD + "\"id\":7,\"deliveredAt\":\"2026-03-02T10:00:00Z\",\"facts\":{}}",
        HEAD + "\"id\":\" \",\"deliveredAt\":\"2026-03-02T10:00:00Z\",\"facts\":{}}",
        // an id only inside a fact
        HEAD + "\"deliveredAt\":\"2026-03-02T10:00:00Z\",\"facts\":{\"id\":\"L-6\"}}",
        "[\"id\",\"L-7\"]",
        "not json at all \"id\":\"L-8\"");

    // then
    assertThat(records).hasSize(9).allSatisfy(record -> {
      assertThat(record.error()).as(record.toString()).isPresent();
      assertThat(record.leadId()).as(record.toString()).isEmpty();
    });
  }

  @Test
  void a_lead_record_carries_its_leads_id() {
    List<LeadRecord> records = read(HEAD + "\"id\":\"L-1\",\"deliveredAt\":\"2026-03-02T10:00:00Z\",\"facts\":{}}");

    assertThat(records).singleElement().satisfies(record -> {
      assertThat(record.lead()).isPresent();
      assertThat(record.leadId()).contains("L-1");
    });
  }

  private static List<LeadRecord> readWith(LeadSpecJson json, String text) {
    List<LeadRecord> records = new ArrayList<>();
    try (LeadReader reader = json.leadReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        RichContract.contract())) {
      reader.forEach(records::add);
    }
    return records;
  }

  @Test
  void a_line_over_the_record_size_names_its_lead_when_its_first_bytes_state_the_id_and_the_rest_states_no_other() {
    // given: a record size of 4 KiB, lines of 4 KiB (within a chunk) and of 200 KiB (over several)
    LeadSpecJson small = LeadSpecJson.withLimits(JsonLimits.builder().maxDocumentBytes(4096).build());
    String note = "x".repeat(10_000);
    String longNote = "x".repeat(200_000);
    String text = HEAD + "\"id\":\"L-1\",\"deliveredAt\":\"2026-03-02T10:00:00Z\",\"facts\":{\"note\":\"" + note + "\"}}\n"
        + HEAD + "\"id\":\"L-2\",\"deliveredAt\":\"2026-03-02T10:00:00Z\",\"facts\":{\"note\":\"" + longNote + "\"}}\n"
        // another "id": past the limit, split across what is kept and what is passed over, or far beyond
        + HEAD + "\"id\":\"L-3\",\"facts\":{\"note\":\"" + longNote + "\"},\"id\":\"L-4\"}\n"
        + HEAD + "\"id\":\"L-5\",\"facts\":{\"note\":\"" + note + "\"},\"id\" :\"L-6\"}\n"
        + HEAD + "\"id\":\"L-7\",\"deliveredAt\":\"2026-03-02T10:00:00Z\",\"facts\":{}}\n";

    // when
    List<LeadRecord> records = readWith(small, text);

    // then
    assertThat(records).extracting(LeadRecord::leadId).containsExactly(Optional.of("L-1"), Optional.of("L-2"), Optional.empty(),
        Optional.empty(), Optional.of("L-7"));
    assertThat(records.get(1).error().orElseThrow()).hasMessageContaining("document size limit exceeded");
    assertThat(records.get(4).lead()).isPresent();
  }

  @Test
  void an_id_name_split_between_the_pieces_of_a_long_line_is_counted() {
    // given: the bytes "id": of a second id fed in two pieces
    LeadIds.Names names = new LeadIds.Names();
    byte[] line = "{\"id\":\"A\",\"x\":1,\"id\"  :\"B\"}".getBytes(StandardCharsets.UTF_8);

    // when
    for (int i = 0; i < line.length; i += 3) {
      names.feed(line, i, Math.min(line.length, i + 3));
    }

    // then
    assertThat(names.count).isEqualTo(2);
  }
}
