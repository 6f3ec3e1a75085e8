package dev.leadspec.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.leadspec.text.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The example report in a real browser: headless Chromium loads the page from a file, its script
 * runs without an error or a console message (a blocked load would be one: the page's policy
 * allows nothing from outside), the figures it shows are the statement's, and a screenshot is
 * kept in {@code target/report/}. Skipped, with a message, where Chromium is not installed;
 * {@code .ci/run} installs Debian's package.
 */
class HtmlReportBrowserTest {
  private static final Path OUT = Path.of("target", "report");

  @ParameterizedTest
  @EnumSource(Language.class)
  void the_month_report_loads_in_chromium_without_errors_and_shows_the_statements_figures(Language language)
      throws IOException, InterruptedException {
    Optional<Chromium> chromium = Chromium.find();
    assumeTrue(chromium.isPresent(), "chromium is not installed (apt-get install chromium); the browser test is skipped");

    // given
    HtmlReport report = CallCentreMonth.report(language);
    String suffix = language.name().toLowerCase(java.util.Locale.ROOT);
    Files.createDirectories(OUT);
    Path page = OUT.resolve("call-centre-month." + suffix + ".html");
    Files.writeString(page, report.html(), StandardCharsets.UTF_8);

    // when
    Chromium.Run dom = chromium.get().dumpDom(page);
    Path png = OUT.resolve("call-centre-month." + suffix + ".png");
    Files.deleteIfExists(png);
    Chromium.Run shot = chromium.get().screenshot(page, png, 1200, 2400);

    // then
    String root = dom.out().substring(dom.out().indexOf("<html"), dom.out().indexOf('>', dom.out().indexOf("<html")) + 1);
    assertThat(root).as("the root element after the script ran").contains("data-script=\"ready\"")
        .doesNotContain("data-script-errors");
    for (String log : List.of(dom.log(), shot.log())) {
      assertThat(log.lines().filter(line -> line.contains(":CONSOLE")).toList()).as("console messages").isEmpty();
    }
    assertThat(dom.out()).as("the filter box the script shows").containsPattern("<div class=\"filter\">")
        .contains("<button type=\"button\">");
    assertThat(StatementFigures.shown(dom.out())).as("the figures in the browser")
        .containsExactlyInAnyOrderEntriesOf(StatementFigures.expected(report.statement()));
    assertThat(png).isRegularFile();
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }

  @Test
  void the_check_sees_a_script_error_and_a_load_the_pages_policy_blocks() throws IOException, InterruptedException {
    Optional<Chromium> chromium = Chromium.find();
    assumeTrue(chromium.isPresent(), "chromium is not installed (apt-get install chromium); the browser test is skipped");

    // given: the report's policy and error catcher, an image from elsewhere and a call to nothing
    Files.createDirectories(OUT);
    Path page = OUT.resolve("broken.html");
    Files.writeString(page, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" "
        + "content=\"default-src 'none'; script-src 'unsafe-inline'\"><script>" + Page.ERROR_CATCHER + "</script></head><body>"
        + "<img src=\"https://example.invalid/x.png\" alt=\"\"><script>undefinedFunction();</script></body></html>",
        StandardCharsets.UTF_8);

    // when
    Chromium.Run dom = chromium.get().dumpDom(page);

    // then
    assertThat(dom.out()).containsPattern("<html lang=\"en\" data-script-errors=\"[^\"]*undefinedFunction");
    assertThat(dom.log()).contains(":CONSOLE").contains("Content Security Policy");
  }
}
