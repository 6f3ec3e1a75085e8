package dev.leadspec.bench;

import io.github.jamsesso.jsonlogic.JsonLogic;
import io.github.jamsesso.jsonlogic.JsonLogicException;
import java.util.List;

/**
 * json-logic-java 1.1.0: the contract as one rule that merges, in contract order, the id of
 * each failed criterion. The host's record becomes a map (an unanswered question is null).
 */
final class JsonLogicEngine {
  static final String RULE = "{\"merge\": ["
      + "{\"if\": [{\"in\": [{\"var\": \"industry\"}, [\"MANUFACTURING\", \"LOGISTICS\", \"RETAIL\"]]}, [], [\"TA-IND\"]]},"
      + "{\"if\": [{\"in\": [{\"var\": \"region\"}, [\"RU-MOW\", \"RU-SPE\", \"RU-SVE\", \"RU-NVS\", \"RU-TAT\", \"RU-KDA\"]]}, [], [\"TA-REGION\"]]},"
      + "{\"if\": [{\"<=\": [50, {\"var\": \"employees\"}, 5000]}, [], [\"TA-SIZE\"]]},"
      + "{\"if\": [{\">=\": [{\"var\": \"computers\"}, 30]}, [], [\"TA-PCS\"]]},"
      + "{\"if\": [{\"in\": [{\"var\": \"role\"}, [\"CIO\", \"IT_MANAGER\", \"ENGINEER\", \"PROCUREMENT\"]]}, [], [\"DMU-ROLE\"]]},"
      + "{\"if\": [{\"==\": [{\"var\": \"plans_upgrade\"}, \"YES\"]}, [], [\"Q-UPGRADE\"]]},"
      + "{\"if\": [{\"==\": [{\"var\": \"agreed_to_meeting\"}, \"YES\"]}, [], [\"Q-MEETING\"]]},"
      + "{\"if\": [{\"var\": \"phone_valid\"}, [], [\"PHONE\"]]},"
      + "{\"if\": [{\"var\": \"duplicate\"}, [\"DUP\"], []]}"
      + "]}";

  private final JsonLogic jsonLogic = new JsonLogic();

  void evaluate(HostLead host, DecisionSink sink) {
    Object result;
    try {
      result = jsonLogic.apply(RULE, host.toMap());
    } catch (JsonLogicException e) {
      throw new IllegalStateException("json-logic: lead " + host.id() + ": " + e.getMessage(), e);
    }
    List<?> failed = (List<?>) result;
    for (Object id : failed) {
      sink.failed((String) id);
    }
    sink.decided(failed.isEmpty());
  }
}
