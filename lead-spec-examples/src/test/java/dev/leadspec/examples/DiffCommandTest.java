package dev.leadspec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.cli.LeadSpecCli;
import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.Lead;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lead-spec diff} on the marketplace amendment, priced on a file of real leads, as JSONL and as CSV. */
class DiffCommandTest {
  private static final LeadSpecJson JSON = LeadSpecJson.standard();

  @TempDir
  Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private Path contracts(String name) throws IOException {
    write("v1.json", JSON.writeContract(MarketplaceMql.V1));
    return write(name, JSON.writeContract(MarketplaceMql.V2));
  }

  private static Lead lead(String id, String source, long seconds) {
    return Lead.builder().id(id).deliveredAt(Instant.parse("2026-11-02T12:00:00Z")).fact("source", source)
        .fact("seconds_on_site", seconds).fact("listings", 40L).fact("email_bounced", false).build();
  }

  /** A partner lead and a 260-second lead v2 now accepts, one both accept, one rejected for fewer reasons, one unchanged. */
  private static final List<Lead> LEADS = List.of(lead("L-1", "PARTNER", 400), lead("L-2", "ORGANIC", 260),
      lead("L-3", "ORGANIC", 500), lead("L-4", "SOCIAL", 260), lead("L-5", "ORGANIC", 100));

  private Path jsonl() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (Lead lead : LEADS) {
      lines.append(new String(JSON.writeLead(lead), StandardCharsets.UTF_8).strip()).append('\n');
    }
    return write("leads.jsonl", lines.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = LeadSpecCli.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        args);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  record Result(int code, String out, String err) {}

  @Test
  void diff_with_leads_counts_the_leads_whose_verdict_changes_and_the_amount_due() throws IOException {
    // given
    Path v2 = contracts("v2.json");
    Path leads = jsonl();

    // when
    Result result = run("diff", dir.resolve("v1.json").toString(), v2.toString(), "--leads", leads.toString());

    // then
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out()).startsWith("# Amendment: marketplace-mql v1 → marketplace-mql v2\n")
        .endsWith("## Impact on the leads\n\n- Leads: 5\n- Verdict changes: 3\n- Now accepted: 2\n- No longer accepted: 0\n"
            + "- Rejected for other reasons: 1\n- Price changes: 2\n- Amount due, BRL: 12.50 → 37.50 (+25.00)\n");
    assertThat(result.err()).isEqualTo("lead-spec: marketplace-mql v1 -> marketplace-mql v2: 3 edits, 6 regions differ, 3 of 5 "
        + "leads change\n");
  }

  @Test
  void diff_reads_csv_leads_with_the_mapping_options_of_evaluate() throws IOException {
    // given
    Path v2 = contracts("v2.json");
    StringBuilder csv = new StringBuilder("lead_id;delivered_at;channel;seconds_on_site;listings;email_bounced\n");
    for (Lead lead : LEADS) {
      csv.append(lead.id()).append(";2026-11-02T12:00:00Z;").append(lead.fact("source").orElseThrow()).append(';')
          .append(lead.fact("seconds_on_site").orElseThrow()).append(";40;false\n");
    }
    Path leads = write("leads.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

    // when
    Result result = run("diff", dir.resolve("v1.json").toString(), v2.toString(), "--leads", leads.toString(), "--separator", ";",
        "--id-column", "lead_id", "--map", "channel=source", "--language", "RU");

    // then
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out()).startsWith("# Поправка: ").contains("## Влияние на лиды\n\n- Лидов: 5\n- Вердикт меняется: 3\n")
        .contains("- К оплате, BRL: 12.50 → 37.50 (+25.00)\n");
  }

  @Test
  void diff_as_json_carries_the_edits_the_regions_and_the_impact() throws IOException {
    // given
    Path v2 = contracts("v2.json");

    // when
    Result result = run("diff", dir.resolve("v1.json").toString(), v2.toString(), "--leads", jsonl().toString(), "--format", "json");

    // then
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out()).startsWith("{\"format\":\"lead-spec.diff/1\",\"before\":{\"id\":\"marketplace-mql\",\"version\":1,")
        .contains("\"differs\":true,\"edits\":[{\"kind\":\"CRITERION_CHANGED\",\"subject\":\"TA-SOURCE\",\"parts\":[\"condition\"],")
        .contains("{\"before\":{\"outcome\":\"REJECTED\",\"reasons\":{\"TA-SOURCE\":\"NOT_MET\"},\"price\":null,\"tables\":{}},"
            + "\"after\":{\"outcome\":\"ACCEPTED\",\"reasons\":{},\"price\":{\"amount\":\"12.50\",\"currency\":\"BRL\"},\"tables\":{}},"
            + "\"leads\":\"source PARTNER, seconds_on_site ≥ 300\"")
        .endsWith("\"impact\":{\"leads\":5,\"errors\":0,\"changed\":3,\"nowAccepted\":2,\"noLongerAccepted\":0,\"reasonsChanged\":1,"
            + "\"priceChanged\":2,\"amountDue\":[{\"currency\":\"BRL\",\"before\":\"12.50\",\"after\":\"37.50\",\"change\":\"25.00\"}]}}\n");
  }

  @Test
  void a_contract_against_itself_exits_0_and_a_bad_option_2_and_a_missing_file_3() throws IOException {
    // given
    Path v2 = contracts("v2.json");

    // when
    Result same = run("diff", v2.toString(), v2.toString(), "--format", "json");
    Result usage = run("diff", v2.toString(), v2.toString(), "--format", "xml");
    Result missing = run("diff", v2.toString(), v2.toString(), "--leads", dir.resolve("none.jsonl").toString());

    // then
    assertThat(same.code()).isZero();
    assertThat(same.out()).contains("\"differs\":false,\"edits\":[],\"regions\":[]");
    assertThat(usage.code()).isEqualTo(2);
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).contains("none.jsonl");
  }
}
