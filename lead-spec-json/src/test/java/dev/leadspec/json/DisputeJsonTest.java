package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.dispute.Challenge;
import dev.leadspec.dispute.Correction;
import dev.leadspec.dispute.Party;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Evidence;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Value;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DisputeJsonTest {

  private static final LeadSpecJson JSON = LeadSpecJson.standard();
  private static final Contract CONTRACT = Contract.builder().id("hw").version(1).title("t").effectiveFrom(LocalDate.of(2026, 1, 1))
      .addFields(Field.builder().name("plans").kind(FieldKind.ANSWER).question("Upgrade?").build(),
          Field.builder().name("employees").kind(FieldKind.INTEGER).build())
      .addCriteria(dev.leadspec.model.Criterion.builder().id("Q").title("q").role(dev.leadspec.model.Role.REQUIRED)
          .condition(new Condition.Known("plans", true)).build())
      .build();

  @Test
  void a_challenge_round_trips_exactly_with_its_corrections_typed_by_the_contract() {
    // given
    Challenge challenge = Challenge.builder().leadId("L-1").filedBy(Party.SUPPLIER).filedAt(Instant.parse("2026-03-05T10:00:00Z"))
        .addCitedCriteria("Q", "TA-SIZE").statement("The recording says yes.")
        .addCorrections(Correction.of("plans", Value.of(Answer.YES), Evidence.of("rec-1.ogg", Instant.parse("2026-03-02T09:00:00Z"))),
            Correction.of("employees", Value.of(120), Evidence.of("form-7", Instant.parse("2026-03-02T09:05:00Z"))))
        .build();

    // when
    byte[] line = JSON.writeChallenge(challenge);

    // then
    assertThat(JSON.readChallenge(line, CONTRACT)).isEqualTo(challenge);
    assertThat(new String(line, StandardCharsets.UTF_8)).isEqualTo("{\"format\":\"lead-spec.challenge/1\",\"lead\":\"L-1\","
        + "\"filedBy\":\"SUPPLIER\",\"filedAt\":\"2026-03-05T10:00:00Z\",\"cites\":[\"Q\",\"TA-SIZE\"],"
        + "\"statement\":\"The recording says yes.\",\"corrections\":[{\"field\":\"plans\",\"value\":\"YES\","
        + "\"evidence\":{\"source\":\"rec-1.ogg\",\"recordedAt\":\"2026-03-02T09:00:00Z\"}},{\"field\":\"employees\",\"value\":120,"
        + "\"evidence\":{\"source\":\"form-7\",\"recordedAt\":\"2026-03-02T09:05:00Z\"}}]}\n");
  }

  @Test
  void a_misspelled_property_or_an_unknown_party_is_an_error_with_its_path_never_a_different_challenge() {
    String typo = "{\"format\":\"lead-spec.challenge/1\",\"lead\":\"L-1\",\"filedBy\":\"BUYER\",\"filedAt\":\"2026-03-05T10:00:00Z\","
        + "\"cites\":[\"Q\"],\"statment\":\"x\"}";
    assertThatThrownBy(() -> JSON.readChallenge(typo.getBytes(StandardCharsets.UTF_8), CONTRACT))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("$.statment")
        .hasMessageContaining("unknown property \"statment\" (did you mean \"statement\"?)");
    String party = "{\"format\":\"lead-spec.challenge/1\",\"lead\":\"L-1\",\"filedBy\":\"BUYR\",\"filedAt\":\"2026-03-05T10:00:00Z\","
        + "\"cites\":[]}";
    assertThatThrownBy(() -> JSON.readChallenge(party.getBytes(StandardCharsets.UTF_8), CONTRACT))
        .hasMessageContaining("$.filedBy").hasMessageContaining("unknown party \"BUYR\" (did you mean \"BUYER\"?)");
  }
}
