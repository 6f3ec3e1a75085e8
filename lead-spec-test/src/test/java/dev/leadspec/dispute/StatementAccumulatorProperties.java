package dev.leadspec.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Evidence;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Terms;
import dev.leadspec.model.Value;
import dev.leadspec.test.LeadGenerator;
import dev.leadspec.test.LeadProperty;
import dev.leadspec.test.Leads;
import dev.leadspec.test.RandomContracts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Statements split over parts and merged back, over random two-version histories, leads spread over
 * days and random challenges (seed printed on failure; rerun with {@code -Dleadspec.seed=N}).
 */
class StatementAccumulatorProperties {
  private static final long SEED = Long.getLong(LeadProperty.SEED_PROPERTY, LeadProperty.DEFAULT_SEED);
  private static final int HISTORIES = 60;
  private static final int LEADS = 150;

  @Test
  void any_split_of_the_leads_and_any_merge_order_gives_the_statement_of_all_of_them() {
    SplittableRandom random = new SplittableRandom(SEED);
    long upheld = 0;
    long dismissed = 0;
    long versionsSeen = 0;
    for (int h = 0; h < HISTORIES; h++) {
      // given
      ContractHistory history = history(random);
      List<Lead> leads = leads(history, random);
      List<Challenge> challenges = challenges(history, leads, random);
      List<Ruling> rulings = Arbiter.of(history).ruleAll(leads, challenges);
      List<Verdict> verdicts = new ArrayList<>();
      leads.forEach(lead -> verdicts.add(history.evaluate(lead)));
      Statement expected = Statement.of(verdicts, rulings);
      Map<String, List<Ruling>> rulingsByLead = new LinkedHashMap<>();
      rulings.forEach(r -> rulingsByLead.computeIfAbsent(r.leadId(), id -> new ArrayList<>()).add(r));

      // when: the leads are shuffled, dealt to parts, some parts sent as bytes, and merged in a random tree
      List<Verdict> shuffled = new ArrayList<>(verdicts);
      for (int i = shuffled.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        shuffled.set(i, shuffled.set(j, shuffled.get(i)));
      }
      int parts = 1 + random.nextInt(6);
      List<StatementAccumulator> accumulators = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        accumulators.add(new StatementAccumulator());
      }
      for (Verdict verdict : shuffled) {
        accumulators.get(random.nextInt(parts)).add(verdict, rulingsByLead.getOrDefault(verdict.leadId(), List.of()));
      }
      for (int p = 0; p < parts; p++) {
        if (random.nextBoolean()) {
          accumulators.set(p, StatementAccumulator.fromBytes(accumulators.get(p).toBytes()));
        }
      }
      while (accumulators.size() > 1) {
        StatementAccumulator left = accumulators.remove(random.nextInt(accumulators.size()));
        StatementAccumulator right = accumulators.remove(random.nextInt(accumulators.size()));
        accumulators.add(left.merge(right));
      }
      Statement merged = accumulators.get(0).statement();

      // then
      String context = "seed " + SEED + " (rerun with -D" + LeadProperty.SEED_PROPERTY + "=" + SEED + "), history " + h + ", "
          + parts + " parts";
      assertThat(merged).as(context).isEqualTo(expected);
      // equal maps may differ in order; the printed form does not
      assertThat(merged.toString()).as(context).isEqualTo(expected.toString());
      assertThat(accumulators.get(0).leads()).as(context).isEqualTo(LEADS);
      upheld += expected.total().challengesUpheld();
      dismissed += expected.total().challengesDismissed().size();
      versionsSeen += expected.byVersion().size();
    }
    // the property saw what it is about: rulings both ways and both versions
    assertThat(upheld).as("seed %s: upheld challenges", SEED).isPositive();
    assertThat(dismissed).as("seed %s: dismissed challenges", SEED).isPositive();
    assertThat(versionsSeen).as("seed %s: versions", SEED).isGreaterThan(HISTORIES);
  }

  @Test
  void an_accumulator_merged_with_itself_counts_its_leads_twice() {
    // given
    SplittableRandom random = new SplittableRandom(SEED);
    ContractHistory history = history(random);
    StatementAccumulator accumulator = new StatementAccumulator();
    leads(history, random).forEach(lead -> accumulator.add(history.evaluate(lead), List.of()));
    // when
    accumulator.merge(accumulator);
    // then
    assertThat(accumulator.statement().total().leads()).isEqualTo(2L * LEADS);
  }

  @Test
  void bytes_that_are_not_an_accumulator_are_refused_with_a_message() {
    // given
    byte[] truncated = new StatementAccumulator().toBytes();
    byte[] cut = java.util.Arrays.copyOf(truncated, truncated.length - 3);
    // then
    assertThatThrownBy(() -> StatementAccumulator.fromBytes(cut)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("statement accumulator: ");
    assertThatThrownBy(() -> StatementAccumulator.fromBytes(new byte[] {9})).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("statement accumulator: encoding 9 is not 1");
  }

  /** Two versions of a random contract, the second ten days later, both with a ten-day challenge window. */
  private static ContractHistory history(SplittableRandom random) {
    Contract v1 = windowed(RandomContracts.next(random), 0);
    Contract v2 = windowed(RandomContracts.amend(v1, random), 10);
    return ContractHistory.of(v1, v2);
  }

  private static Contract windowed(Contract contract, int laterDays) {
    Terms.Builder terms = Terms.builder().challengeWindow(Duration.ofDays(10));
    contract.terms().price().ifPresent(terms::price);
    contract.terms().priceTable().ifPresent(terms::priceTable);
    return Contract.builder().id(contract.id()).version(contract.version()).title(contract.title())
        .language(contract.language()).effectiveFrom(contract.effectiveFrom().plusDays(laterDays)).zone(contract.zone())
        .addAllFields(contract.fields()).addAllCriteria(contract.criteria()).addAllTables(contract.tables())
        .terms(terms.build()).build();
  }

  /** Random leads of the latest version's fields, delivered over the 20 days from the first version on. */
  private static List<Lead> leads(ContractHistory history, SplittableRandom random) {
    LeadGenerator generator = Leads.of(history.latest()).random();
    Instant from = history.versions().get(0).effectiveAt();
    List<Lead> leads = new ArrayList<>();
    for (int i = 0; i < LEADS; i++) {
      Lead drawn = generator.next(random);
      leads.add(Lead.builder().id("L-" + i).deliveredAt(from.plusSeconds(random.nextLong(86_400L * 20)))
          .facts(drawn.facts()).build());
    }
    return leads;
  }

  /** Up to two challenges on a third of the leads, citing some criteria, correcting facts from other leads. */
  private static List<Challenge> challenges(ContractHistory history, List<Lead> leads, SplittableRandom random) {
    List<String> ids = new ArrayList<>(List.of("NOT-IN-CONTRACT"));
    history.versions().forEach(v -> v.criteria().forEach(c -> ids.add(c.id())));
    List<Challenge> challenges = new ArrayList<>();
    for (Lead lead : leads) {
      int count = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0;
      for (int c = 0; c < count; c++) {
        Challenge.Builder challenge = Challenge.builder().leadId(lead.id())
            .filedBy(random.nextBoolean() ? Party.BUYER : Party.SUPPLIER)
            .filedAt(lead.deliveredAt().plusSeconds(random.nextLong(86_400L * 12)));
        String cited = ids.get(random.nextInt(ids.size()));
        String alsoCited = ids.get(random.nextInt(ids.size()));
        challenge.addCitedCriteria(cited);
        if (!alsoCited.equals(cited)) {
          challenge.addCitedCriteria(alsoCited);
        }
        Lead other = leads.get(random.nextInt(leads.size()));
        for (Map.Entry<String, Value> fact : other.facts().entrySet()) {
          if (random.nextBoolean()) {
            Instant recorded = lead.deliveredAt().plusSeconds(random.nextLong(86_400L * 4) - 86_400L * 2);
            challenge.addCorrections(Correction.of(fact.getKey(), fact.getValue(), Evidence.of("e-" + c, recorded)));
          }
        }
        challenges.add(challenge.build());
      }
    }
    return challenges;
  }
}
