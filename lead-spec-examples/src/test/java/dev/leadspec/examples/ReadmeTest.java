package dev.leadspec.examples;

import static dev.leadspec.test.LeadSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.dispute.Arbiter;
import dev.leadspec.dispute.Challenge;
import dev.leadspec.dispute.Party;
import dev.leadspec.dispute.Ruling;
import dev.leadspec.eval.ContractHistory;
import dev.leadspec.examples.readme.QuickStart;
import dev.leadspec.model.Lead;
import dev.leadspec.test.ContractProperties;
import dev.leadspec.test.LeadProperty;
import dev.leadspec.test.Leads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every README snippet is compiled and run here, and compared with the README's text. */
class ReadmeTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path SELF = Path.of("src/test/java/dev/leadspec/examples/ReadmeTest.java");
  private static final Path QUICK_START = Path.of("src/test/java/dev/leadspec/examples/readme/QuickStart.java");

  // README:property
  @Test
  void a_lead_failing_only_the_size_criterion_is_rejected_for_it_alone() {
    Leads leads = Leads.of(HardwareUpgradeContract.V1);
    LeadProperty.forAll(leads.failingOnly("TA-SIZE")).tries(300)
        .check(lead -> assertThat(HardwareUpgradeContract.V1).rejectsFor(lead, "TA-SIZE"));
  }

  @TestFactory
  Stream<DynamicTest> the_contract_is_deterministic_gives_every_reason_and_prices_every_lead() {
    return ContractProperties.of(HardwareUpgradeContract.V1).dynamicTests();
  }
  // README:end

  @Test
  void the_property_test_in_the_readme_is_the_one_that_runs_here() throws IOException {
    List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
    assertThat(block(readme, "```java", 2)).isEqualTo(snippet("README:property"));
  }

  private static void dispute(Lead lead) {
    // README:dispute
    Arbiter arbiter = Arbiter.of(ContractHistory.of(HardwareUpgradeContract.V1));
    Challenge refusal = Challenge.builder().leadId(lead.id()).filedBy(Party.BUYER)
        .filedAt(lead.deliveredAt().plus(Duration.ofDays(10)))
        .addCitedCriteria("SAME-BRAND").statement("Only the same brand can be upgraded.").build();
    Ruling ruling = arbiter.rule(lead, refusal);
    System.out.println(ruling.isUpheld() + " " + ruling.ground());
    // README:end
  }

  @Test
  void the_dispute_in_the_readme_is_this_code_and_prints_what_the_readme_shows() throws IOException {
    List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
    String printed = Printed.by(() -> dispute(SameBrandDispute.leads().get(0)));
    assertThat(block(readme, "```java", 3)).isEqualTo(snippet("README:dispute"));
    assertThat(printed).isEqualTo(String.join("\n", block(readme, "```text", 1)) + "\n");
  }


  @Test
  void the_quick_start_in_the_readme_is_this_code_and_prints_the_output_the_readme_shows() throws IOException {
    // given
    List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
    List<String> code = block(readme, "```java", 0);
    List<String> output = block(readme, "```text", 0);

    // when
    String printed = Printed.by(QuickStart::run);

    // then
    assertThat(code).isEqualTo(snippet(QUICK_START, "README:quick-start"));
    assertThat(code.size()).isLessThanOrEqualTo(15);
    assertThat(printed).isEqualTo(String.join("\n", output) + "\n");
  }

  @Test
  void the_imports_the_readme_lists_are_those_the_quick_start_compiles_with() throws IOException {
    List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
    assertThat(block(readme, "```java", 1)).isEqualTo(snippet(QUICK_START, "README:imports"));
  }

  @Test
  void the_readme_shows_the_two_set_up_commands_and_ci_runs_the_test_command() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String ci = Files.readString(Path.of("..", ".ci", "run"), StandardCharsets.UTF_8);
    assertThat(readme).contains("mvn -q -pl lead-spec-examples -am compile exec:java", "mvn -B -ntp verify");
    assertThat(ci).contains("set -euo pipefail").contains("mvn -B -ntp verify");
  }

  private static List<String> block(List<String> lines, String fence, int index) {
    int start = -1;
    for (int seen = -1, i = 0; i < lines.size() && seen < index; i++) {
      if (lines.get(i).equals(fence)) {
        seen++;
        start = i;
      }
    }
    assertThat(start).as("README block %s #%s", fence, index).isNotNegative();
    List<String> block = new ArrayList<>();
    for (int i = start + 1; !lines.get(i).equals("```"); i++) {
      block.add(lines.get(i));
    }
    return block;
  }

  private static List<String> snippet(String marker) throws IOException {
    return snippet(SELF, marker);
  }

  private static List<String> snippet(Path file, String marker) throws IOException {
    List<String> source = Files.readAllLines(file, StandardCharsets.UTF_8);
    int start = -1;
    for (int i = 0; i < source.size(); i++) {
      if (source.get(i).trim().equals("// " + marker)) {
        start = i + 1;
      }
    }
    List<String> lines = new ArrayList<>();
    int indent = source.get(start).indexOf(source.get(start).trim());
    for (int i = start; !source.get(i).trim().equals("// README:end"); i++) {
      lines.add(source.get(i).isBlank() ? "" : source.get(i).substring(indent));
    }
    return lines;
  }
}
