package dev.leadspec.dispute;

import static dev.leadspec.dispute.ArbiterTest.ARBITER;
import static dev.leadspec.dispute.ArbiterTest.DELIVERED;
import static dev.leadspec.dispute.ArbiterTest.V1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Evidence;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties of rulings and statements over seeded random leads and challenges (seed printed on failure). */
class DisputeProperties {

  private static final long SEED = Long.getLong("leadspec.seed", 4_004L);
  private static final int LEADS = 3_000;
  private static final String[] CRITERIA = {"TA-SIZE", "DMU", "Q-UPGRADE", "DQ-PHONE", "SAME-BRAND"};

  private static Lead lead(SplittableRandom random, int i) {
    Lead.Builder lead = Lead.builder().id("L-" + i).deliveredAt(DELIVERED.plusSeconds(random.nextInt(86_400 * 20)));
    if (random.nextInt(10) > 0) {
      lead.fact("employees", 30 + random.nextInt(60));
    }
    if (random.nextInt(10) > 0) {
      lead.fact("role", new String[] {"CIO", "ENGINEER", "SECRETARY"}[random.nextInt(3)]);
    }
    if (random.nextInt(10) > 0) {
      lead.fact("plans", random.nextBoolean() ? Answer.YES : Answer.NO);
    }
    if (random.nextInt(5) > 0) {
      lead.fact("phone_valid", random.nextInt(4) > 0);
    }
    return lead.build();
  }

  private static Challenge challenge(SplittableRandom random, Lead lead) {
    Challenge.Builder challenge = Challenge.builder().leadId(lead.id()).filedBy(random.nextBoolean() ? Party.BUYER : Party.SUPPLIER)
        .filedAt(lead.deliveredAt().plusSeconds(random.nextInt(86_400 * 12)));
    for (String id : CRITERIA) {
      if (random.nextInt(3) == 0) {
        challenge.addCitedCriteria(id);
      }
    }
    int corrections = random.nextInt(3);
    for (int c = 0; c < corrections; c++) {
      java.time.Instant recorded = lead.deliveredAt().plusSeconds(random.nextInt(86_400 * 4) - 86_400 * 2L);
      Evidence evidence = Evidence.of("e-" + c, recorded);
      switch (random.nextInt(4)) {
        case 0:
          challenge.addCorrections(Correction.of("employees", Value.of(30 + random.nextInt(60)), evidence));
          break;
        case 1:
          challenge.addCorrections(Correction.of("role", Value.of(random.nextBoolean() ? "CIO" : "SECRETARY"), evidence));
          break;
        case 2:
          challenge.addCorrections(Correction.of("plans", Value.of(random.nextBoolean() ? Answer.YES : Answer.NO), evidence));
          break;
        default:
          challenge.addCorrections(Correction.of("phone_valid", Value.of(random.nextBoolean()), evidence));
      }
    }
    return challenge.build();
  }

  @Test
  void rulings_are_deterministic_change_verdicts_only_through_admissible_corrections_and_statements_add_up() {
    SplittableRandom random = new SplittableRandom(SEED);
    List<Lead> leads = new ArrayList<>();
    List<Challenge> challenges = new ArrayList<>();
    for (int i = 0; i < LEADS; i++) {
      Lead lead = lead(random, i);
      leads.add(lead);
      int count = random.nextInt(3);
      for (int c = 0; c < count; c++) {
        challenges.add(challenge(random, lead));
      }
    }
    List<Ruling> rulings = ARBITER.ruleAll(leads, challenges);
    int upheld = 0;
    for (Ruling ruling : rulings) {
      String context = "seed " + SEED + " (rerun with -Dleadspec.seed=" + SEED + "): " + ruling;
      Lead lead = leads.get(Integer.parseInt(ruling.leadId().substring(2)));
      // deterministic
      assertThat(ARBITER.rule(lead, ruling.challenge())).as(context).isEqualTo(ruling);
      // never a change except through admissible corrections
      if (ruling.admitted().isEmpty()) {
        assertThat(ruling.isUpheld()).as(context).isFalse();
        ruling.reevaluated().ifPresent(v -> assertThat(v).as(context).isEqualTo(ruling.original()));
      }
      if (!ruling.isUpheld()) {
        assertThat(ruling.standing()).as(context).isEqualTo(ruling.original());
      } else {
        // an upheld challenge flips the outcome on a cited criterion
        upheld++;
        Verdict after = ruling.reevaluated().orElseThrow();
        assertThat(after.outcome()).as(context).isNotEqualTo(ruling.original().outcome());
        Verdict rejected = after.isAccepted() ? ruling.original() : after;
        assertThat(rejected.reasons()).as(context)
            .anyMatch(reason -> ruling.challenge().citedCriteria().contains(reason.criterionId()));
      }
      // later evidence only for a cited criterion that admits it
      for (Correction correction : ruling.admitted()) {
        if (correction.evidence().recordedAt().isAfter(lead.deliveredAt())) {
          assertThat(correction.field()).as(context).isEqualTo("phone_valid");
          assertThat(ruling.challenge().citedCriteria()).as(context).contains("DQ-PHONE");
        }
      }
      if (ruling.ground() == Ground.LATE) {
        assertThat(ruling.challenge().filedAt()).as(context).isAfter(lead.deliveredAt().plus(Duration.ofDays(10)));
      }
    }
    assertThat(upheld).as("seed %s: some challenges are upheld", SEED).isPositive();

    ContractHistory history = ContractHistory.of(V1, ArbiterTest.V2);
    List<Verdict> verdicts = new ArrayList<>();
    leads.forEach(l -> verdicts.add(history.evaluate(l)));
    Statement statement = Statement.of(verdicts, rulings);
    Tally total = statement.total();
    assertThat(total.billable() + total.rejected() + total.upheldAgainst()).isEqualTo(LEADS);
    assertThat(total.challengesUpheld() + total.challengesDismissed().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(rulings.size());
    assertThat(statement.byDay().stream().mapToLong(Tally::leads).sum()).isEqualTo(LEADS);
    assertThat(statement.byVersion().stream().mapToLong(Tally::billable).sum()).isEqualTo(total.billable());
  }
}
