package dev.leadspec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.dispute.Statement;
import dev.leadspec.report.HtmlReport;
import dev.leadspec.text.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleReportsTest {
  @TempDir
  Path dir;

  @Test
  void the_main_job_writes_the_flagship_and_bank_reports_and_says_where() throws IOException {
    // given
    PrintStream stdout = System.out;
    String before = System.getProperty("leadspec.examples.target");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setProperty("leadspec.examples.target", dir.toString());
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    // when
    try {
      FlagshipReport.main(new String[0]);
    } finally {
      System.setOut(stdout);
      if (before == null) {
        System.clearProperty("leadspec.examples.target");
      } else {
        System.setProperty("leadspec.examples.target", before);
      }
    }

    // then
    String out = bytes.toString(StandardCharsets.UTF_8);
    List<Path> pages = List.of(dir.resolve("flagship-report.en.html"), dir.resolve("flagship-report.ru.html"),
        dir.resolve("bank-report.en.html"));
    for (Path page : pages) {
      assertThat(out).contains("report: " + page + "\n");
      assertThat(Files.readString(page, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    }
    assertThat(out).contains("summary: 120 leads, ");
  }

  @Test
  void the_flagship_report_shows_the_statement_of_its_leads_and_the_same_brand_rulings() {
    // given
    HtmlReport report = ExampleReports.flagship(Language.EN);
    Statement statement = report.statement();

    // when
    String html = report.html();

    // then
    assertThat(statement.total().leads()).isEqualTo(120);
    assertThat(statement.total().challengesDismissed()).containsKey(dev.leadspec.dispute.Ground.OUT_OF_CONTRACT);
    assertThat(html).contains("data-measure=\"total.billable\" data-value=\"" + statement.total().billable() + "\"",
        "data-measure=\"total.amountDue.RUB\" data-value=\"" + statement.total().amountDue().get(0).amount().toPlainString() + "\"",
        "<code>it-integrator-hardware</code>", "Contact role <code>role</code>");
  }

  @Test
  void the_bank_report_counts_every_call_that_reads_as_a_lead_and_its_jobs() {
    HtmlReport report = ExampleReports.bank(Language.EN);

    assertThat(report.statement().total().leads()).isEqualTo(4521);
    assertThat(report.html()).contains("<h3>Job <code>job</code></h3>", "bank-term-deposit",
        "data-measure=\"total.leads\" data-value=\"4521\"");
  }
}
