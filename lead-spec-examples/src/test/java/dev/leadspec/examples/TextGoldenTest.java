package dev.leadspec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Lead;
import dev.leadspec.text.Language;
import dev.leadspec.text.Markdown;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documents people read, byte for byte, in English and Russian: the flagship's appendix, a
 * rejected lead's explanation and the seed-004 statement. Tagged golden: rerun under tr_TR,
 * de_DE, ar_SA, two time zones and ISO-8859-1. To accept an intended change, run the tests with
 * {@code -Dleadspec.updateGoldens=true} and review the diff.
 */
@Tag("golden")
class TextGoldenTest {

  static Map<String, String> documents() {
    Map<String, String> documents = new LinkedHashMap<>();
    Lead lead = FlagshipReport.sampleLeads(HardwareUpgradeContract.V1).get(44).lead().orElseThrow();
    Verdict rejected = Evaluator.of(HardwareUpgradeContract.V1).evaluate(lead);
    Verdict accepted = Evaluator.of(HardwareUpgradeContract.V1)
        .evaluate(FlagshipReport.sampleLeads(HardwareUpgradeContract.V1).get(0).lead().orElseThrow());
    for (Language language : Language.values()) {
      String suffix = "." + language.name().toLowerCase(java.util.Locale.ROOT) + ".md";
      documents.put("flagship-appendix" + suffix, Markdown.contract(HardwareUpgradeContract.V1, language));
      documents.put("fleet-appendix" + suffix, Markdown.contract(FleetTelematicsBrief.CONTRACT, language));
      documents.put("flagship-verdicts" + suffix, Markdown.verdict(rejected, language) + "\n" + Markdown.verdict(accepted, language));
      documents.put("same-brand-statement" + suffix, Markdown.statement(SameBrandDispute.statement(), language));
    }
    return documents;
  }

  static Iterable<String> names() {
    return documents().keySet();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void the_document_is_byte_identical_on_any_locale_zone_and_charset(String name) throws IOException {
    if (Boolean.getBoolean("leadspec.updateGoldens")) {
      Path directory = Path.of("src/test/resources/dev/leadspec/examples/text");
      Files.createDirectories(directory);
      Files.write(directory.resolve(name), documents().get(name).getBytes(StandardCharsets.UTF_8));
      return;
    }
    byte[] golden;
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("text/" + name), name)) {
      golden = in.readAllBytes();
    }
    assertThat(new String(golden, StandardCharsets.UTF_8)).isEqualTo(documents().get(name));
  }
}
