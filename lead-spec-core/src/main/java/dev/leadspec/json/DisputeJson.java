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
import dev.leadspec.json.internal.CanonicalJson;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Evidence;
import dev.leadspec.model.Money;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

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

  static ObjectNode writeChallenge(Challenge challenge) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", CHALLENGE_FORMAT);
    challengeBody(root, challenge);
    return root;
  }

  private static void challengeBody(ObjectNode root, Challenge challenge) {
    root.put("lead", challenge.leadId());
    root.put("filedBy", challenge.filedBy().name());
    root.put("filedAt", challenge.filedAt().toString());
    strings(root.putArray("cites"), challenge.citedCriteria());
    if (!challenge.statement().isEmpty()) {
      root.put("statement", challenge.statement());
    }
    if (!challenge.corrections().isEmpty()) {
      corrections(root.putArray("corrections"), challenge.corrections());
    }
  }

  private static void corrections(ArrayNode array, List<Correction> corrections) {
    for (Correction correction : corrections) {
      ObjectNode node = array.addObject();
      node.put("field", correction.field());
      node.set("value", CanonicalJson.value(correction.value()));
      ObjectNode evidence = node.putObject("evidence");
      evidence.put("source", correction.evidence().source());
      evidence.put("recordedAt", correction.evidence().recordedAt().toString());
    }
  }

  static ObjectNode writeRuling(Ruling ruling) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", RULING_FORMAT);
    root.put("decision", ruling.isUpheld() ? "UPHELD" : "DISMISSED");
    root.put("ground", ruling.ground().name());
    root.put("grounds", ruling.grounds());
    ObjectNode contract = root.putObject("contract");
    contract.put("id", ruling.original().contractId());
    contract.put("version", ruling.original().contractVersion());
    contract.put("fingerprint", ruling.contractFingerprint());
    challengeBody(root.putObject("challenge"), ruling.challenge());
    corrections(root.putArray("admitted"), ruling.admitted());
    corrections(root.putArray("setAside"), ruling.setAside());
    strings(root.putArray("outOfContract"), ruling.outOfContractCitations());
    outcome(root.putObject("original"), ruling.original());
    ruling.reevaluated().ifPresent(verdict -> outcome(root.putObject("reevaluated"), verdict));
    return root;
  }

  private static void outcome(ObjectNode node, Verdict verdict) {
    node.put("outcome", verdict.outcome().name());
    ArrayNode reasons = node.putArray("reasons");
    for (CriterionResult reason : verdict.reasons()) {
      reasons.add(reason.criterionId());
    }
    verdict.price().ifPresent(price -> node.set("price", CanonicalJson.money(price)));
  }

  static ObjectNode writeStatement(Statement statement) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", STATEMENT_FORMAT);
    root.set("total", tally(statement.total()));
    ArrayNode versions = root.putArray("byVersion");
    statement.byVersion().forEach(t -> versions.add(tally(t)));
    ArrayNode days = root.putArray("byDay");
    statement.byDay().forEach(t -> days.add(tally(t)));
    return root;
  }

  private static ObjectNode tally(Tally tally) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("label", tally.label());
    node.put("leads", tally.leads());
    node.put("accepted", tally.accepted());
    node.put("billable", tally.billable());
    node.put("rejected", tally.rejected());
    node.put("upheldAgainst", tally.upheldAgainst());
    node.put("reinstated", tally.reinstated());
    node.put("replacementsOwed", tally.replacementsOwed());
    ObjectNode reasons = node.putObject("rejectionsByReason");
    for (Map.Entry<String, Long> reason : tally.rejectionsByReason().entrySet()) {
      reasons.put(reason.getKey(), reason.getValue());
    }
    node.put("challengesUpheld", tally.challengesUpheld());
    ObjectNode dismissed = node.putObject("challengesDismissed");
    for (Map.Entry<Ground, Long> ground : tally.challengesDismissed().entrySet()) {
      dismissed.put(ground.getKey().name(), ground.getValue());
    }
    ArrayNode due = node.putArray("amountDue");
    for (Money money : tally.amountDue()) {
      due.add(CanonicalJson.money(money));
    }
    return node;
  }

  private static void strings(ArrayNode array, List<String> strings) {
    strings.forEach(array::add);
  }
}
