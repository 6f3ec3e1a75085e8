package dev.leadspec.bench;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Field;
import dev.leadspec.model.Output;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
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
      long top = upper(grid, name);
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
      for (Condition part : row.condition().parts()) {
        xml.append("        <inputEntry id=\"").append(row.id()).append('_').append(part.fields().iterator().next())
            .append("\"><text>").append(entry(part)).append("</text></inputEntry>\n");
      }
      xml.append("        <outputEntry id=\"").append(row.id()).append("_out\"><text>\"")
          .append(((Output.Code) row.output()).code()).append("\"</text></outputEntry>\n      </rule>\n");
    }
    return xml.append("    </decisionTable>\n  </decision>\n</definitions>\n").toString();
  }

  private static long upper(AnalysisGrid grid, String field) {
    for (var criterion : grid.contract.criteria()) {
      Optional<Condition.Between> range = criterion.condition().accept(new GridCell.RangeOn(field));
      if (range.isPresent()) {
        return range.get().high().orderingKey().getAsLong();
      }
    }
    throw new IllegalStateException("no bound for " + field);
  }

  private static String entry(Condition part) {
    return part.accept(new GridCell());
  }

  /** A grid row's part as a DMN input entry: a range {@code [lo..hi)} or a quoted code; the grid has no other kind. */
  private static final class GridCell implements Condition.Visitor<String> {
    @Override
    public String visit(Condition.Between b) {
      return "[" + b.low() + ".." + b.high() + (b.highInclusive() ? "]" : ")");
    }

    @Override
    public String visit(Condition.In in) {
      return "\"" + in.codes().get(0) + "\"";
    }

    @Override
    public String visit(Condition.Compare compare) {
      throw other(compare);
    }

    @Override
    public String visit(Condition.Contains contains) {
      throw other(contains);
    }

    @Override
    public String visit(Condition.Known known) {
      throw other(known);
    }

    @Override
    public String visit(Condition.All all) {
      throw other(all);
    }

    @Override
    public String visit(Condition.Any any) {
      throw other(any);
    }

    @Override
    public String visit(Condition.Not not) {
      throw other(not);
    }

    @Override
    public String visit(Condition.AtLeast atLeast) {
      throw other(atLeast);
    }

    private static IllegalStateException other(Condition condition) {
      return new IllegalStateException("not a grid cell: " + condition);
    }

    /** The criterion's condition when it is a range of the field: the grid's criteria bound each numeric field so. */
    static final class RangeOn implements Condition.Visitor<Optional<Condition.Between>> {
      private final String field;

      RangeOn(String field) {
        this.field = field;
      }

      @Override
      public Optional<Condition.Between> visit(Condition.Between b) {
        return b.field().equals(field) ? Optional.of(b) : Optional.empty();
      }

      @Override
      public Optional<Condition.Between> visit(Condition.In in) {
        return Optional.empty();
      }

      @Override
      public Optional<Condition.Between> visit(Condition.Compare compare) {
        return Optional.empty();
      }

      @Override
      public Optional<Condition.Between> visit(Condition.Contains contains) {
        return Optional.empty();
      }

      @Override
      public Optional<Condition.Between> visit(Condition.Known known) {
        return Optional.empty();
      }

      @Override
      public Optional<Condition.Between> visit(Condition.All all) {
        return Optional.empty();
      }

      @Override
      public Optional<Condition.Between> visit(Condition.Any any) {
        return Optional.empty();
      }

      @Override
      public Optional<Condition.Between> visit(Condition.Not not) {
        return Optional.empty();
      }

      @Override
      public Optional<Condition.Between> visit(Condition.AtLeast atLeast) {
        return Optional.empty();
      }
    }
  }
}
