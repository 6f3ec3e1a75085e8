package dev.leadspec.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jeasy.rules.api.Condition;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * Easy Rules 4.1.0 with lambda rules: one rule per criterion, in contract order by priority,
 * that fires when the criterion fails and records its id. Two formulations:
 * {@link #hostFact()}, as Easy Rules' users mostly write it, puts the host's record into
 * {@link Facts} as the one fact the rules read (with the list their actions add failed ids to:
 * each {@code Facts} look-up or put streams over the facts, so one fact is the fewest);
 * {@link #factPerField()} puts each field in as its own fact (an unanswered question is no fact:
 * Easy Rules refuses null values), which costs several times more.
 */
final class EasyRulesEngine {
  private static final Set<String> INDUSTRIES = Set.copyOf(ReferenceContract.TARGET_INDUSTRIES);
  private static final Set<String> REGIONS = Set.copyOf(ReferenceContract.TARGET_REGIONS);
  private static final Set<String> ROLES = Set.copyOf(ReferenceContract.TARGET_ROLES);
  private static final String FAILED = "failed";

  private static final String LEAD = "lead";

  private final Rules rules = new Rules();
  private final RulesEngine engine = new DefaultRulesEngine();
  private final boolean hostFact;

  /** The host's record as one fact, read by the rules: the fastest reasonable formulation. */
  static EasyRulesEngine hostFact() {
    return new EasyRulesEngine(true);
  }

  /** Every field its own fact (the formulation measured until 2026-12). */
  static EasyRulesEngine factPerField() {
    return new EasyRulesEngine(false);
  }

  private EasyRulesEngine(boolean hostFact) {
    this.hostFact = hostFact;
    if (hostFact) {
      // the one fact: the record, read by the conditions, and the ids the actions collect
      failsWhen("TA-IND", facts -> !INDUSTRIES.contains(facts.<Screening>get(LEAD).host.industry()));
      failsWhen("TA-REGION", facts -> !REGIONS.contains(facts.<Screening>get(LEAD).host.region()));
      failsWhen("TA-SIZE", facts -> {
        int employees = facts.<Screening>get(LEAD).host.employees();
        return employees < 50 || employees > 5000;
      });
      failsWhen("TA-PCS", facts -> facts.<Screening>get(LEAD).host.computers() < 30);
      failsWhen("DMU-ROLE", facts -> !ROLES.contains(facts.<Screening>get(LEAD).host.role()));
      failsWhen("Q-UPGRADE", facts -> !"YES".equals(facts.<Screening>get(LEAD).host.plansUpgrade()));
      failsWhen("Q-MEETING", facts -> !"YES".equals(facts.<Screening>get(LEAD).host.agreedToMeeting()));
      failsWhen("PHONE", facts -> !facts.<Screening>get(LEAD).host.phoneValid());
      failsWhen("DUP", facts -> facts.<Screening>get(LEAD).host.duplicate());
      return;
    }
    failsWhen("TA-IND", facts -> !INDUSTRIES.contains(facts.<String>get("industry")));
    failsWhen("TA-REGION", facts -> !REGIONS.contains(facts.<String>get("region")));
    failsWhen("TA-SIZE", facts -> {
      int employees = facts.get("employees");
      return employees < 50 || employees > 5000;
    });
    failsWhen("TA-PCS", facts -> facts.<Integer>get("computers") < 30);
    failsWhen("DMU-ROLE", facts -> !ROLES.contains(facts.<String>get("role")));
    failsWhen("Q-UPGRADE", facts -> !"YES".equals(facts.get("plans_upgrade")));
    failsWhen("Q-MEETING", facts -> !"YES".equals(facts.get("agreed_to_meeting")));
    failsWhen("PHONE", facts -> !facts.<Boolean>get("phone_valid"));
    failsWhen("DUP", facts -> facts.<Boolean>get("duplicate"));
  }

  private void failsWhen(String criterionId, Condition condition) {
    rules.register(new RuleBuilder()
        .name(criterionId)
        .priority(rules.size())
        .when(condition)
        .then(hostFact ? facts -> facts.<Screening>get(LEAD).failed.add(criterionId)
            : facts -> facts.<List<String>>get(FAILED).add(criterionId))
        .build());
  }

  void evaluate(HostLead host, DecisionSink sink) {
    Facts facts = new Facts();
    if (hostFact) {
      Screening screening = new Screening(host);
      facts.put(LEAD, screening);
      fire(facts, screening.failed, sink);
      return;
    }
    List<String> failed = new ArrayList<>(4);
    facts.put("industry", host.industry());
    facts.put("region", host.region());
    facts.put("employees", host.employees());
    facts.put("computers", host.computers());
    facts.put("role", host.role());
    if (host.plansUpgrade() != null) {
      facts.put("plans_upgrade", host.plansUpgrade());
    }
    if (host.agreedToMeeting() != null) {
      facts.put("agreed_to_meeting", host.agreedToMeeting());
    }
    facts.put("phone_valid", host.phoneValid());
    facts.put("duplicate", host.duplicate());
    facts.put("source", host.source());
    facts.put("call_seconds", host.callSeconds());
    facts.put(FAILED, failed);
    fire(facts, failed, sink);
  }

  private void fire(Facts facts, List<String> failed, DecisionSink sink) {
    engine.fire(rules, facts);
    for (String id : failed) {
      sink.failed(id);
    }
    sink.decided(failed.isEmpty());
  }

  /** The one fact of {@link #hostFact()}: the host's record, and the ids of the criteria it fails. */
  private static final class Screening {
    final HostLead host;
    final List<String> failed = new ArrayList<>(4);

    Screening(HostLead host) {
      this.host = host;
    }
  }
}
