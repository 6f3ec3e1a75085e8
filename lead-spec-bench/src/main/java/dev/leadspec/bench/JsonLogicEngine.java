package dev.leadspec.bench;

import io.github.jamsesso.jsonlogic.ast.JsonLogicNode;
import io.github.jamsesso.jsonlogic.ast.JsonLogicParseException;
import io.github.jamsesso.jsonlogic.ast.JsonLogicParser;
import io.github.jamsesso.jsonlogic.evaluator.JsonLogicEvaluationException;
import io.github.jamsesso.jsonlogic.evaluator.JsonLogicEvaluator;
import io.github.jamsesso.jsonlogic.evaluator.expressions.EqualityExpression;
import io.github.jamsesso.jsonlogic.evaluator.expressions.IfExpression;
import io.github.jamsesso.jsonlogic.evaluator.expressions.InExpression;
import io.github.jamsesso.jsonlogic.evaluator.expressions.MergeExpression;
import io.github.jamsesso.jsonlogic.evaluator.expressions.NumericComparisonExpression;
import java.util.List;

/**
 * json-logic-java 1.1.0: the contract as one rule that merges, in contract order, the id of
 * each failed criterion. The rule is parsed once and evaluated by one reused evaluator that knows
 * the rule's operations (what {@code JsonLogic.apply(String, Object)} does after looking the
 * rule's text up in its parse cache). The host's record becomes a map of the rule's nine
 * variables and nothing else (an unanswered question is null): json-logic reads only maps and
 * lists.
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

  private final JsonLogicNode rule;
  private final JsonLogicEvaluator evaluator = new JsonLogicEvaluator(List.of(MergeExpression.INSTANCE, IfExpression.IF,
      InExpression.INSTANCE, NumericComparisonExpression.LTE, NumericComparisonExpression.GTE, EqualityExpression.INSTANCE));

  JsonLogicEngine() {
    try {
      rule = JsonLogicParser.parse(RULE);
    } catch (JsonLogicParseException e) {
      throw new IllegalStateException("json-logic: cannot parse the rule", e);
    }
  }

  void evaluate(HostLead host, DecisionSink sink) {
    Object result;
    try {
      result = evaluator.evaluate(rule, host.inputs(), "$");
    } catch (JsonLogicEvaluationException e) {
      throw new IllegalStateException("json-logic: lead " + host.id() + ": " + e.getMessage(), e);
    }
    List<?> failed = (List<?>) result;
    for (Object id : failed) {
      sink.failed((String) id);
    }
    sink.decided(failed.isEmpty());
  }
}
