package dev.leadspec.test.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.ContractHistory;
import dev.leadspec.model.Contract;
import dev.leadspec.test.RandomContracts;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Over random contracts (every field kind, condition and table shape): suggested scenarios
 * survive the trip through the file format, pass, and cover at least what they covered before
 * being written.
 */
class ScenarioSuggestionsProperties {
  private static final long SEED = Long.getLong("leadspec.seed", 20_261_203L);
  private static final int CONTRACTS = Integer.getInteger("leadspec.scenario.contracts", 12);

  @Test
  void suggested_scenarios_read_back_pass_and_keep_their_coverage() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < CONTRACTS; i++) {
      // given
      Contract contract = RandomContracts.next(random);
      ContractHistory history = ContractHistory.of(contract);

      // when
      List<Scenario> suggested = ScenarioSuggestions.suggest(history, List.of());
      byte[] written = ScenarioJson.write(contract.id(), suggested);
      List<Scenario> read = ScenarioJson.read(written, "suggested.json", history);
      ScenarioReport report = ScenarioRunner.of(history).run(read);

      // then
      String context = "seed " + SEED + ", contract " + i + ": " + contract + "\n" + new String(written, java.nio.charset.StandardCharsets.UTF_8);
      assertThat(read).as(context).hasSize(suggested.size());
      for (int k = 0; k < read.size(); k++) {
        assertThat(read.get(k).lead().facts()).as(context).isEqualTo(suggested.get(k).lead().facts());
      }
      assertThat(report.failures()).as(context).isEmpty();
      assertThat(report.coverage().covered()).as(context)
          .isEqualTo(ScenarioRunner.of(history).run(suggested).coverage().covered());
    }
  }
}
