package dev.leadspec.bench;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadLayout;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Role;
import dev.leadspec.model.Value;
import java.time.LocalDate;
import java.util.List;

/**
 * The reference contract of the benchmark, built with core's model builders, and the
 * conversion a host writes from its record to a lead-spec {@link Lead}.
 */
final class ReferenceContract {
  static final List<String> INDUSTRIES = List.of("MANUFACTURING", "LOGISTICS", "RETAIL", "FINANCE", "EDUCATION", "HEALTHCARE");
  static final List<String> TARGET_INDUSTRIES = INDUSTRIES.subList(0, 3);
  static final List<String> REGIONS = List.of("RU-MOW", "RU-SPE", "RU-SVE", "RU-NVS", "RU-TAT", "RU-KDA", "RU-NIZ", "RU-SAM", "RU-ROS", "RU-BA");
  static final List<String> TARGET_REGIONS = REGIONS.subList(0, 6);
  static final List<String> ROLES = List.of("CIO", "IT_MANAGER", "ENGINEER", "PROCUREMENT", "CEO", "SALES", "INTERN");
  static final List<String> TARGET_ROLES = ROLES.subList(0, 4);

  /** Criterion ids in contract order. */
  static final List<String> CRITERIA = List.of(
      "TA-IND", "TA-REGION", "TA-SIZE", "TA-PCS", "DMU-ROLE", "Q-UPGRADE", "Q-MEETING", "PHONE", "DUP");

  private ReferenceContract() {}

  static Contract contract() {
    return Contract.builder()
        .id("it-integrator")
        .version(1)
        .title("Hardware upgrade leads")
        .effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(
            Field.builder().name("industry").kind(FieldKind.CHOICE).label("Industry").addAllCodes(INDUSTRIES).build(),
            Field.builder().name("region").kind(FieldKind.CHOICE).label("Region").addAllCodes(REGIONS).build(),
            Field.builder().name("employees").kind(FieldKind.INTEGER).label("Employees").unit("people").build(),
            Field.builder().name("computers").kind(FieldKind.INTEGER).label("Computers").build(),
            Field.builder().name("role").kind(FieldKind.CHOICE).label("Contact's role").addAllCodes(ROLES).build(),
            Field.builder().name("plans_upgrade").kind(FieldKind.ANSWER).label("Plans an upgrade")
                .question("Do you plan to upgrade your hardware this year?").build(),
            Field.builder().name("agreed_to_meeting").kind(FieldKind.ANSWER).label("Agreed to a meeting")
                .question("May our engineer visit you to discuss it?").build(),
            Field.builder().name("phone_valid").kind(FieldKind.FLAG).label("Phone verified").build(),
            Field.builder().name("duplicate").kind(FieldKind.FLAG).label("Duplicate").build())
        .addCriteria(
            required("TA-IND", "Target industry", new Condition.In("industry", TARGET_INDUSTRIES, false)),
            required("TA-REGION", "Target region", new Condition.In("region", TARGET_REGIONS, false)),
            required("TA-SIZE", "Company size",
                new Condition.Between("employees", Value.of(50), Value.of(5000), true, true)),
            required("TA-PCS", "Fleet of computers", new Condition.Compare("computers", Operator.GE, Value.of(30))),
            required("DMU-ROLE", "Decision maker", new Condition.In("role", TARGET_ROLES, false)),
            required("Q-UPGRADE", "Plans an upgrade",
                new Condition.Compare("plans_upgrade", Operator.EQ, Value.of(Answer.YES))),
            required("Q-MEETING", "Agreed to a meeting",
                new Condition.Compare("agreed_to_meeting", Operator.EQ, Value.of(Answer.YES))),
            required("PHONE", "Valid phone", new Condition.Compare("phone_valid", Operator.EQ, Value.of(true))),
            Criterion.builder().id("DUP").title("Duplicate lead")
                .condition(new Condition.Compare("duplicate", Operator.EQ, Value.of(true)))
                .role(Role.DISQUALIFIER).build())
        .build();
  }

  private static Criterion required(String id, String title, Condition condition) {
    return Criterion.builder().id(id).title(title).condition(condition).role(Role.REQUIRED).build();
  }

  /**
   * The host's conversion: every field of its record becomes a fact (noise included, as a CRM
   * mapping its record would do), an unanswered question none.
   */
  static Lead toLead(HostLead host) {
    return facts(Lead.builder(), host);
  }

  /** The host record's fields as {@link #toLead} sets them: the contract's nine in its order, then the noise. */
  static final LeadLayout LAYOUT = LeadLayout.of("industry", "region", "employees", "computers", "role",
      "plans_upgrade", "agreed_to_meeting", "phone_valid", "duplicate", "source", "call_seconds");

  /**
   * The same conversion as {@link #toLead}, built with the host's {@link LeadLayout}
   * ({@link #LAYOUT}): the lead holds the layout's slots and no names of its own.
   */
  static Lead toLeadWithLayout(HostLead host) {
    return facts(Lead.builder(LAYOUT), host);
  }

  private static Lead facts(Lead.Builder lead, HostLead host) {
    lead.id(host.id()).deliveredAt(host.deliveredAt())
        .fact("industry", host.industry())
        .fact("region", host.region())
        .fact("employees", host.employees())
        .fact("computers", host.computers())
        .fact("role", host.role());
    if (host.plansUpgrade() != null) {
      lead.fact("plans_upgrade", answer(host.plansUpgrade()));
    }
    if (host.agreedToMeeting() != null) {
      lead.fact("agreed_to_meeting", answer(host.agreedToMeeting()));
    }
    return lead
        .fact("phone_valid", host.phoneValid())
        .fact("duplicate", host.duplicate())
        .fact("source", host.source())
        .fact("call_seconds", host.callSeconds())
        .build();
  }

  private static Answer answer(String answer) {
    return "YES".equals(answer) ? Answer.YES : Answer.NO;
  }
}
