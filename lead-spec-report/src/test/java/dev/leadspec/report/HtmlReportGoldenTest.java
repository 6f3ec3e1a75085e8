package dev.leadspec.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.dispute.Ruling;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Lead;
import dev.leadspec.text.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The first two weeks of the example month, byte for byte, in both languages. Tagged golden: rerun
 * under tr_TR, de_DE and ar_SA, other time zones and ISO-8859-1. After a deliberate change, run
 * with {@code -Dleadspec.updateGoldens=true} and review the diff.
 */
@Tag("golden")
class HtmlReportGoldenTest {
  private static String page(Language language) {
    List<Lead> leads = CallCentreMonth.leads().subList(0, 42);
    List<Verdict> verdicts = CallCentreMonth.verdicts(leads);
    List<Ruling> rulings = CallCentreMonth.rulings(leads);
    return HtmlReport.builder().history(CallCentreMonth.HISTORY).verdicts(verdicts).rulings(rulings).language(language).build()
        .html();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void the_page_is_byte_identical_on_any_locale_zone_and_charset(Language language) throws IOException {
    String name = "two-weeks." + language.name().toLowerCase(Locale.ROOT) + ".golden.html";
    if (Boolean.getBoolean("leadspec.updateGoldens")) {
      Path directory = Path.of("src/test/resources/dev/leadspec/report");
      Files.createDirectories(directory);
      Files.write(directory.resolve(name), page(language).getBytes(StandardCharsets.UTF_8));
      return;
    }
    byte[] golden;
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(name), name)) {
      golden = in.readAllBytes();
    }
    assertThat(new String(golden, StandardCharsets.UTF_8)).isEqualTo(page(language));
  }
}
