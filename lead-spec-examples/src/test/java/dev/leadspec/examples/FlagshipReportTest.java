package dev.leadspec.examples;

import dev.leadspec.cli.CsvLeads;
import dev.leadspec.json.LeadSource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.model.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlagshipReportTest {

  private static String report(List<LeadSource.Record> records) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FlagshipReport.report(HardwareUpgradeContract.V1, records, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void the_main_job_prints_one_verdict_per_sample_lead_and_the_amount_due() throws IOException {
    // given
    List<String[]> expected = HardwareUpgradeContractTest.expectations();
    Money due = Money.zero("RUB");
    long accepted = 0;
    for (String[] row : expected) {
      if (row[1].equals("ACCEPTED")) {
        accepted++;
        due = due.plus(Money.of(row[3].split(" ")[0], "RUB"));
      }
    }

    // when
    String report = report(FlagshipReport.sampleLeads(HardwareUpgradeContract.V1));

    // then
    for (String[] row : expected) {
      assertThat(report).containsOnlyOnce("lead " + row[0] + " under");
    }
    assertThat(report).contains("summary: " + expected.size() + " leads, " + accepted + " accepted, "
        + (expected.size() - accepted) + " rejected (");
    assertThat(report).endsWith("0 errors; amount due " + due.rounded() + "\n");
    assertThat(report).contains("REJECTED lead L-045 under it-integrator-hardware v1: TA-SIZE (employees = 49)");
  }

  @Test
  void a_malformed_record_becomes_an_error_with_its_line_number_and_nothing_is_dropped() {
    String csv = "id,delivered_at,industry,employees,plans_upgrade\n"
        + "A-1,2026-03-02T07:00:00Z,RETAIL,120,YES\n"
        + "A-2,2026-03-02T07:00:00Z,RETAIL,many,YES\n"
        + "A-3,yesterday,RETAIL,120,YES\n"
        + "A-4,2026-03-02T07:00:00Z,MINING,120,YES\n"
        + "A-5,2026-03-02T07:00:00Z,RETAIL,120,MAYBE\n";
    // a short export: the fields it lacks are stated, or the mapping check stops before the first lead
    CsvLeads reader = CsvLeads.of(HardwareUpgradeContract.V1);
    for (String absent : List.of("region", "computers", "role", "agreed_meeting", "phone_valid", "duplicate")) {
      reader = reader.allowUnmapped(absent);
    }
    List<LeadSource.Record> records = reader.readAll(new StringReader(csv));
    assertThat(records).extracting(LeadSource.Record::line).containsExactly(2L, 3L, 4L, 5L, 6L);
    assertThat(records.get(1).error())
        .contains("lead A-2: field \"employees\" expects an integer, but was given \"many\"");
    assertThat(records.get(2).error())
        .hasValueSatisfying(e -> assertThat(e).startsWith("lead A-3: delivered_at \"yesterday\""));
    assertThat(records.get(4).error())
        .contains("lead A-5: field \"plans_upgrade\" expects YES or NO (any case), but was given \"MAYBE\"");
    assertThat(records.get(1).leadId()).contains("A-2");

    String report = report(records);
    assertThat(report).contains("ERROR line 5: lead A-4: field \"industry\" expects one of [MANUFACTURING");
    assertThat(report).contains("summary: 5 leads, 0 accepted, 1 rejected (1 only for unknown facts: owed as replacements), 4 errors");
  }
}
