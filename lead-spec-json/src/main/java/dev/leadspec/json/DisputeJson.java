package dev.leadspec.json;

import dev.leadspec.dispute.Challenge;
import dev.leadspec.dispute.Correction;
import dev.leadspec.dispute.Ground;
import dev.leadspec.dispute.Party;
import dev.leadspec.dispute.Ruling;
import dev.leadspec.dispute.Statement;
import dev.leadspec.dispute.Tally;
import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Evidence;
import dev.leadspec.model.Money;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/** Challenges (read strictly and written), rulings and statements (written) as JSON, in a fixed property order. */
final class DisputeJson {
  static final String CHALLENGE_FORMAT = "lead-spec.challenge/1";
  static final String RULING_FORMAT = "lead-spec.ruling/1";
  static final String STATEMENT_FORMAT = "lead-spec.statement/1";

  private DisputeJson() {}

  static Challenge readChallenge(Node root, Contract contract) {
    ContractReader.format(root, CHALLENGE_FORMAT);
    Fields.object(root, "format", "lead", "filedBy", "filedAt", "cites", "statement", "corrections");
    Challenge.Builder challenge = Challenge.builder()
        .leadId(Fields.string(root, "lead"))
        .filedBy(Fields.constant(Fields.required(root, "filedBy"), Party.class, "party"))
        .filedAt(Fields.instant(Fields.required(root, "filedAt")))
        .addAllCitedCriteria(Fields.strings(Fields.required(root, "cites")));
    Fields.optional(root, "statement").ifPresent(node -> challenge.statement(Fields.string(node)));
    Fields.optional(root, "corrections").ifPresent(corrections -> {
      Fields.expect(corrections, Node.Type.ARRAY);
      for (Node node : corrections.elements) {
        Fields.object(node, "field", "value", "evidence");
        String field = Fields.string(node, "field");
        Node evidence = Fields.object(Fields.required(node, "evidence"), "source", "recordedAt");
        challenge.addCorrections(Correction.of(field, LeadJson.fact(Fields.required(node, "value"), contract.field(field)),
            Evidence.of(Fields.string(evidence, "source"), Fields.instant(Fields.required(evidence, "recordedAt")))));
      }
    });
    try {
      return challenge.build();
    } catch (IllegalArgumentException e) {
      throw root.error(e.getMessage());
    }
  }

  static void writeChallenge(JsonGenerator g, Challenge challenge) {
    g.writeStartObject();
    g.writeStringProperty("format", CHALLENGE_FORMAT);
    challengeBody(g, challenge);
    g.writeEndObject();
  }

  private static void challengeBody(JsonGenerator g, Challenge challenge) {
    g.writeStringProperty("lead", challenge.leadId());
    g.writeStringProperty("filedBy", challenge.filedBy().name());
    g.writeStringProperty("filedAt", challenge.filedAt().toString());
    g.writeName("cites");
    CanonicalJson.strings(g, challenge.citedCriteria());
    if (!challenge.statement().isEmpty()) {
      g.writeStringProperty("statement", challenge.statement());
    }
    if (!challenge.corrections().isEmpty()) {
      corrections(g, "corrections", challenge.corrections());
    }
  }

  private static void corrections(JsonGenerator g, String name, List<Correction> corrections) {
    g.writeArrayPropertyStart(name);
    for (Correction correction : corrections) {
      g.writeStartObject();
      g.writeStringProperty("field", correction.field());
      g.writeName("value");
      CanonicalJson.write(g, correction.value());
      g.writeObjectPropertyStart("evidence");
      g.writeStringProperty("source", correction.evidence().source());
      g.writeStringProperty("recordedAt", correction.evidence().recordedAt().toString());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void writeRuling(JsonGenerator g, Ruling ruling) {
    g.writeStartObject();
    g.writeStringProperty("format", RULING_FORMAT);
    g.writeStringProperty("decision", ruling.isUpheld() ? "UPHELD" : "DISMISSED");
    g.writeStringProperty("ground", ruling.ground().name());
    g.writeStringProperty("grounds", ruling.explanation());
    g.writeObjectPropertyStart("contract");
    g.writeStringProperty("id", ruling.original().contractId());
    g.writeNumberProperty("version", ruling.original().contractVersion());
    g.writeStringProperty("fingerprint", ruling.contractFingerprint());
    g.writeEndObject();
    g.writeObjectPropertyStart("challenge");
    challengeBody(g, ruling.challenge());
    g.writeEndObject();
    corrections(g, "admitted", ruling.admitted());
    corrections(g, "setAside", ruling.setAside());
    g.writeName("outOfContract");
    CanonicalJson.strings(g, ruling.outOfContractCitations());
    outcome(g, "original", ruling.original());
    if (ruling.reevaluated().isPresent()) {
      outcome(g, "reevaluated", ruling.reevaluated().get());
    }
    g.writeEndObject();
  }

  private static void outcome(JsonGenerator g, String name, Verdict verdict) {
    g.writeObjectPropertyStart(name);
    g.writeStringProperty("outcome", verdict.outcome().name());
    g.writeArrayPropertyStart("reasons");
    for (CriterionResult reason : verdict.reasons()) {
      g.writeString(reason.criterionId());
    }
    g.writeEndArray();
    if (verdict.price().isPresent()) {
      g.writeName("price");
      CanonicalJson.write(g, verdict.price().get());
    }
    g.writeEndObject();
  }

  static void writeStatement(JsonGenerator g, Statement statement) {
    g.writeStartObject();
    g.writeStringProperty("format", STATEMENT_FORMAT);
    g.writeName("total");
    tally(g, statement.total());
    g.writeArrayPropertyStart("byVersion");
    for (Tally tally : statement.byVersion()) {
      tally(g, tally);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("byDay");
    for (Tally tally : statement.byDay()) {
      tally(g, tally);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void tally(JsonGenerator g, Tally tally) {
    g.writeStartObject();
    g.writeStringProperty("label", tally.label());
    g.writeNumberProperty("leads", tally.leads());
    g.writeNumberProperty("accepted", tally.accepted());
    g.writeNumberProperty("billable", tally.billable());
    g.writeNumberProperty("rejected", tally.rejected());
    g.writeNumberProperty("upheldAgainst", tally.upheldAgainst());
    g.writeNumberProperty("reinstated", tally.reinstated());
    g.writeNumberProperty("replacementsOwed", tally.replacementsOwed());
    g.writeObjectPropertyStart("rejectionsByReason");
    for (Map.Entry<String, Long> reason : tally.rejectionsByReason().entrySet()) {
      g.writeNumberProperty(reason.getKey(), reason.getValue().intValue());
    }
    g.writeEndObject();
    g.writeNumberProperty("challengesUpheld", tally.challengesUpheld());
    g.writeObjectPropertyStart("challengesDismissed");
    for (Map.Entry<Ground, Long> ground : tally.challengesDismissed().entrySet()) {
      g.writeNumberProperty(ground.getKey().name(), ground.getValue().intValue());
    }
    g.writeEndObject();
    g.writeArrayPropertyStart("amountDue");
    for (Money money : tally.amountDue()) {
      CanonicalJson.write(g, money);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
