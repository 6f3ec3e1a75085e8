package dev.leadspec.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Status;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seeded leads cover what the issue asks of them. */
class LeadDataTest {
  private final HostLead[] hosts = LeadData.leads();
  private final List<Decision> decisions = LeadData.expected(hosts);

  @Test
  void there_are_4096_leads_and_about_30_percent_are_accepted() {
    // when
    long accepted = decisions.stream().filter(Decision::accepted).count();

    // then
    assertThat(hosts).hasSize(4096);
    assertThat(accepted * 100 / hosts.length).isBetween(25L, 35L);
  }

  @Test
  void the_same_seed_gives_the_same_leads() {
    // when
    HostLead[] again = LeadData.leads();

    // then
    assertThat(again).containsExactly(hosts);
  }

  @Test
  void every_criterion_fails_alone_and_together_with_every_other() {
    // given
    Set<List<String>> failures = decisions.stream().map(Decision::failed).collect(Collectors.toCollection(HashSet::new));

    // then
    for (String one : ReferenceContract.CRITERIA) {
      assertThat(failures).as("%s alone", one).contains(List.of(one));
      for (String other : ReferenceContract.CRITERIA) {
        if (!one.equals(other)) {
          assertThat(decisions).as("%s with %s", one, other)
              .anyMatch(d -> d.failed().contains(one) && d.failed().contains(other));
        }
      }
    }
  }

  @Test
  void the_boundaries_and_unanswered_questions_are_present() {
    // when
    Set<Integer> employees = new HashSet<>();
    Set<Integer> computers = new HashSet<>();
    long unanswered = 0;
    long no = 0;
    for (HostLead lead : hosts) {
      employees.add(lead.employees());
      computers.add(lead.computers());
      unanswered += lead.plansUpgrade() == null ? 1 : 0;
      no += "NO".equals(lead.plansUpgrade()) ? 1 : 0;
    }

    // then
    assertThat(employees).contains(49, 50, 5000, 5001);
    assertThat(computers).contains(29, 30);
    assertThat(unanswered).isPositive();
    assertThat(no).isPositive();
  }

  @Test
  void an_unanswered_question_fails_as_unknown_and_a_no_as_not_met() {
    // given
    Evaluator evaluator = Evaluator.of(ReferenceContract.contract());
    HostLead unanswered = first(h -> h.plansUpgrade() == null);
    HostLead answeredNo = first(h -> "NO".equals(h.plansUpgrade()));

    // when
    Verdict unknown = evaluator.evaluate(ReferenceContract.toLead(unanswered));
    Verdict notMet = evaluator.evaluate(ReferenceContract.toLead(answeredNo));

    // then
    assertThat(reason(unknown, "Q-UPGRADE").status()).isEqualTo(Status.UNKNOWN);
    assertThat(reason(notMet, "Q-UPGRADE").status()).isEqualTo(Status.NOT_MET);
  }

  private HostLead first(java.util.function.Predicate<HostLead> test) {
    for (HostLead lead : hosts) {
      if (test.test(lead)) {
        return lead;
      }
    }
    throw new AssertionError("no such lead");
  }

  private static CriterionResult reason(Verdict verdict, String id) {
    return verdict.reasons().stream().filter(r -> r.criterionId().equals(id)).findFirst().orElseThrow();
  }
}
