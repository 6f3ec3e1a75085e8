package dev.leadspec.examples;

import dev.leadspec.json.LeadSource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.Evaluator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The flagship's verdicts, explained, byte for byte. Tagged golden: the build reruns it under
 * tr_TR, de_DE, ar_SA, two time zones and ISO-8859-1. To accept an intended change, run the tests
 * with {@code -Dleadspec.updateGoldens=true} and review the diff of the golden file.
 */
@Tag("golden")
class FlagshipGoldenTest {

  static final String GOLDEN = "flagship-explanations.golden.txt";

  static String explanations() {
    Evaluator evaluator = Evaluator.of(HardwareUpgradeContract.V1);
    StringBuilder text = new StringBuilder();
    for (LeadSource.Record record : FlagshipReport.sampleLeads(HardwareUpgradeContract.V1)) {
      text.append(evaluator.evaluate(record.lead().orElseThrow()).explanation()).append('\n');
    }
    return text.toString();
  }

  @Test
  void the_explanations_of_the_sample_verdicts_are_byte_identical_on_any_locale_zone_and_charset() throws IOException {
    if (Boolean.getBoolean("leadspec.updateGoldens")) {
      java.nio.file.Files.write(java.nio.file.Path.of("src/test/resources/dev/leadspec/examples", GOLDEN),
          explanations().getBytes(StandardCharsets.UTF_8));
      return;
    }
    byte[] golden;
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(GOLDEN), GOLDEN)) {
      golden = in.readAllBytes();
    }
    assertThat(explanations().getBytes(StandardCharsets.UTF_8)).isEqualTo(golden);
  }
}
