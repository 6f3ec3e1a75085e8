package dev.leadspec.bench;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.Output;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNMessageType;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;

/**
 * Apache KIE 10.2.0's decision-table analysis of an {@link AnalysisGrid}: the same table as DMN
 * 1.3, its numeric inputs bounded by input values ({@code [0..50)}) and its enumerations listed,
 * so KIE analyses the same domain the contract's criteria give lead-spec.
 */
final class KieAnalysis {
  private final DMNValidator validator = DMNValidatorFactory.newValidator();
  private final String dmn;

  KieAnalysis(AnalysisGrid grid) {
    this.dmn = dmn(grid);
  }

  /** KIE's gap and overlap messages for the table. */
  List<DMNMessage> analyse() {
    return validator.validateUsing(DMNValidator.Validation.ANALYZE_DECISION_TABLE).theseModels(new StringReader(dmn));
  }

  /** KIE's gap messages. */
  static long gaps(List<DMNMessage> messages) {
    return messages.stream().filter(m -> m.getMessageType() == DMNMessageType.DECISION_TABLE_GAP).count();
  }

  /** KIE's overlap messages (for a UNIQUE table, {@code DECISION_TABLE_OVERLAP_HITPOLICY_UNIQUE}). */
  static long overlaps(List<DMNMessage> messages) {
    return messages.stream().filter(m -> m.getMessageType().name().startsWith("DECISION_TABLE_OVERLAP")).count();
  }

  private static String dmn(AnalysisGrid grid) {
    Table table = grid.contract.tables().get(0);
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"grid\" name=\"grid\" ")
        .append("namespace=\"https://leadspec.dev/bench/grid\">\n");
    String[] numeric = {"a", "b", "c"};
    GridCells criteria = new GridCells();
    for (Criterion criterion : grid.contract.criteria()) {
      criteria.walk(criterion.condition());
    }
    for (String name : List.of("a", "b", "c", "e1", "e2")) {
      String type = name.startsWith("e") ? "string" : "number";
      xml.append("  <inputData id=\"input_").append(name).append("\" name=\"").append(name).append("\"><variable id=\"var_")
          .append(name).append("\" name=\"").append(name).append("\" typeRef=\"").append(type).append("\"/></inputData>\n");
    }
    xml.append("  <decision id=\"tier\" name=\"tier\">\n    <variable id=\"var_tier\" name=\"tier\" typeRef=\"string\"/>\n");
    for (String name : List.of("a", "b", "c", "e1", "e2")) {
      xml.append("    <informationRequirement id=\"req_").append(name).append("\"><requiredInput href=\"#input_").append(name)
          .append("\"/></informationRequirement>\n");
    }
    xml.append("    <decisionTable id=\"grid_table\" hitPolicy=\"UNIQUE\" outputLabel=\"tier\">\n");
    for (String name : numeric) {
      long top = criteria.upper(name);
      xml.append("      <input id=\"in_").append(name).append("\" label=\"").append(name).append("\"><inputExpression id=\"expr_")
          .append(name).append("\" typeRef=\"number\"><text>").append(name).append("</text></inputExpression>")
          .append("<inputValues id=\"iv_").append(name).append("\"><text>[0..").append(top).append(")</text></inputValues></input>\n");
    }
    for (String name : List.of("e1", "e2")) {
      Field field = grid.contract.field(name).orElseThrow();
      StringBuilder values = new StringBuilder();
      for (String code : field.codes()) {
        values.append(values.length() == 0 ? "" : ",").append('"').append(code).append('"');
      }
      xml.append("      <input id=\"in_").append(name).append("\" label=\"").append(name).append("\"><inputExpression id=\"expr_")
          .append(name).append("\" typeRef=\"string\"><text>").append(name).append("</text></inputExpression>")
          .append("<inputValues id=\"iv_").append(name).append("\"><text>").append(values).append("</text></inputValues></input>\n");
    }
    xml.append("      <output id=\"out_tier\" name=\"tier\" typeRef=\"string\"/>\n");
    for (Row row : table.rows()) {
      xml.append("      <rule id=\"").append(row.id()).append("\">\n");
      GridCells cells = new GridCells();
      cells.walk(row.condition());
      for (Map.Entry<String, String> cell : cells.entries.entrySet()) {
        xml.append("        <inputEntry id=\"").append(row.id()).append('_').append(cell.getKey())
            .append("\"><text>").append(cell.getValue()).append("</text></inputEntry>\n");
      }
      xml.append("        <outputEntry id=\"").append(row.id()).append("_out\"><text>\"")
          .append(((Output.Code) row.output()).code()).append("\"</text></outputEntry>\n      </rule>\n");
    }
    return xml.append("    </decisionTable>\n  </decision>\n</definitions>\n").toString();
  }

  /**
   * The leaves of the grid's conditions as DMN input entries by field, in order: a range as
   * {@code [lo..hi)}, its upper end kept for the input's values, a code quoted; whether a fact is
   * known enters nothing (criterion E), and the grid has no other kind.
   */
  private static final class GridCells extends Condition.LeafVisitor {
    final Map<String, String> entries = new LinkedHashMap<>();
    private final Map<String, Long> uppers = new LinkedHashMap<>();

    /** The upper end of the first range of the field: the grid's criteria bound each numeric field so. */
    long upper(String field) {
      Long upper = uppers.get(field);
      if (upper == null) {
        throw new IllegalStateException("no bound for " + field);
      }
      return upper;
    }

    @Override
    protected void visit(Condition.Between b) {
      entries.put(b.field(), "[" + b.low() + ".." + b.high() + (b.highInclusive() ? "]" : ")"));
      uppers.putIfAbsent(b.field(), b.high().orderingKey().getAsLong());
    }

    @Override
    protected void visit(Condition.In in) {
      entries.put(in.field(), "\"" + in.codes().get(0) + "\"");
    }

    @Override
    protected void visit(Condition.Known known) {
      // a criterion's isKnown: no input entry
    }

    @Override
    protected void visit(Condition.Compare compare) {
      throw new IllegalStateException("not a grid cell: " + compare);
    }

    @Override
    protected void visit(Condition.Contains contains) {
      throw new IllegalStateException("not a grid cell: " + contains);
    }
  }
}
