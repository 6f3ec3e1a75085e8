package dev.leadspec.test.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.ContractHistory;
import dev.leadspec.model.Contract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioSuggestionsTest {

  @Test
  void suggestions_from_nothing_cover_every_item_and_pass_when_read_back() {
    // given
    Contract contract = Fixture.contract();
    ContractHistory history = ContractHistory.of(contract);

    // when
    List<Scenario> suggested = ScenarioSuggestions.suggest(history, List.of());
    List<Scenario> read = ScenarioJson.read(ScenarioJson.write(contract.id(), suggested), "suggested.json", history);
    ScenarioReport report = ScenarioRunner.of(history).run(read);

    // then
    assertThat(suggested).isNotEmpty().allMatch(Scenario::review);
    assertThat(report.passed()).isTrue();
    assertThat(report.coverage().missing()).isEmpty();
  }

  @Test
  void suggestions_add_only_what_existing_scenarios_miss_and_are_the_same_every_time() {
    // given
    Contract contract = Fixture.contract();
    ContractHistory history = ContractHistory.of(contract, Fixture.contract(40, 2, LocalDate.of(2026, 4, 1)));
    List<Scenario> existing = ScenarioJson.read(Fixture.document(Fixture.ACCEPTED + ",\n" + Fixture.TOO_SMALL), "s.json", history);

    // when
    List<Scenario> suggested = ScenarioSuggestions.suggest(history, existing);
    List<Scenario> all = new ArrayList<>(existing);
    all.addAll(suggested);

    // then
    assertThat(ScenarioRunner.of(history).run(all).coverage().missing()).isEmpty();
    assertThat(ScenarioJson.write(contract.id(), ScenarioSuggestions.suggest(history, existing)))
        .isEqualTo(ScenarioJson.write(contract.id(), suggested));
    assertThat(suggested).allMatch(s -> !s.note().isEmpty());
  }
}
