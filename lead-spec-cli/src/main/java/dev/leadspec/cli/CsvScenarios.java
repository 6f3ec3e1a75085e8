package dev.leadspec.cli;

import dev.leadspec.eval.ContractHistory;
import dev.leadspec.internal.Suggestions;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Field;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.test.scenario.Scenario;
import dev.leadspec.test.scenario.ScenarioException;
import dev.leadspec.test.scenario.ScenarioRunner;
import dev.leadspec.test.scenario.ScenarioText;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Scenarios from CSV: a header row, one scenario per line, a column per field (the empty cell is
 * an unknown fact; cells typed as {@link CsvLeads} types them) plus {@code expected_outcome} and
 * {@code expected_reasons} ({@code TA-SIZE=NOT_MET;Q-MEETING=UNKNOWN}, empty for none), and
 * optionally {@code name}, {@code id}, {@code delivered_at}, {@code note}, {@code expected_price}
 * and {@code expected_table:ID} per table. A column that is neither is an error with a
 * did-you-mean.
 */
final class CsvScenarios {
  static final String NAME = "name";
  static final String ID = "id";
  static final String DELIVERED_AT = "delivered_at";
  static final String NOTE = "note";
  static final String OUTCOME = "expected_outcome";
  static final String REASONS = "expected_reasons";
  static final String PRICE = "expected_price";
  static final String TABLE = "expected_table:";
  static final int MAX_SCENARIOS = 100_000;

  private CsvScenarios() {}

  static List<Scenario> read(String text, String source, ContractHistory history) {
    CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    List<Scenario> scenarios = new ArrayList<>();
    try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).with(CsvSchema.emptySchema())
        .readValues(new StringReader(text))) {
      if (!rows.hasNextValue()) {
        throw new ScenarioException(source, 1, null, "", "the file is empty; a header row names the columns");
      }
      List<String> header = Arrays.asList(rows.nextValue());
      columns(header, source, history.latest());
      while (rows.hasNextValue()) {
        int line = rows.currentLocation().getLineNr();
        String[] cells = rows.nextValue();
        if (scenarios.size() == MAX_SCENARIOS) {
          throw new ScenarioException(source, line, null, "", "more than " + MAX_SCENARIOS + " scenarios in one file");
        }
        scenarios.add(scenario(header, cells, line, source, history));
      }
    } catch (JacksonException e) {
      throw new ScenarioException(source, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), null, "",
          "malformed CSV: " + e.getOriginalMessage());
    }
    ScenarioRunner.of(history).check(scenarios);
    return scenarios;
  }

  private static void columns(List<String> header, String source, Contract contract) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> known = new ArrayList<>(List.of(NAME, ID, DELIVERED_AT, NOTE, OUTCOME, REASONS, PRICE));
    contract.tables().forEach(table -> known.add(TABLE + table.id()));
    contract.fields().forEach(field -> known.add(field.name()));
    for (String column : header) {
      if (!seen.add(column)) {
        throw new ScenarioException(source, 1, null, column, "column \"" + column + "\" appears twice");
      }
      if (!known.contains(column)) {
        throw new ScenarioException(source, 1, null, column, "column \"" + column + "\" is neither a field of "
            + contract.reference() + " nor a scenario column" + Suggestions.suggestion(column, known));
      }
    }
    for (String required : List.of(OUTCOME, REASONS)) {
      if (!seen.contains(required)) {
        throw new ScenarioException(source, 1, null, required, "column " + required + " is missing");
      }
    }
  }

  private static Scenario scenario(List<String> header, String[] cells, int line, String source, ContractHistory history) {
    if (cells.length != header.size()) {
      throw new ScenarioException(source, line, null, "", "the line has " + cells.length + " cells, but the header has "
          + header.size() + " columns");
    }
    int nameColumn = header.indexOf(NAME);
    String name = nameColumn >= 0 && !cells[nameColumn].isBlank() ? cells[nameColumn] : "line " + line;
    int idColumn = header.indexOf(ID);
    String id = idColumn >= 0 && !cells[idColumn].isBlank() ? cells[idColumn] : name;
    int deliveredColumn = header.indexOf(DELIVERED_AT);
    Instant deliveredAt = history.latest().effectiveAt();
    if (deliveredColumn >= 0 && !cells[deliveredColumn].isEmpty()) {
      String cell = cells[deliveredColumn];
      deliveredAt = cell(source, line, name, DELIVERED_AT, () -> {
        try {
          return Instant.parse(cell);
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("\"" + cell + "\" is not an ISO instant such as 2026-03-02T10:15:00Z", e);
        }
      });
    }
    Contract contract;
    try {
      contract = history.governing(deliveredAt);
    } catch (LeadSpecException e) {
      throw new ScenarioException(source, line, name, DELIVERED_AT, e.getMessage());
    }
    Lead.Builder lead = Lead.builder().id(id).deliveredAt(deliveredAt);
    Scenario.Builder scenario = Scenario.builder().name(name).source(source).line(line);
    for (int c = 0; c < cells.length; c++) {
      String column = header.get(c);
      String cell = cells[c];
      switch (column) {
        case NAME:
        case ID:
        case DELIVERED_AT:
          break;
        case NOTE:
          scenario.note(cell);
          break;
        case OUTCOME:
          scenario.outcome(cell(source, line, name, column, () -> ScenarioText.outcome(cell)));
          break;
        case REASONS:
          scenario.putAllReasons(cell(source, line, name, column, () -> ScenarioText.reasons(cell)));
          break;
        case PRICE:
          if (!cell.isEmpty()) {
            scenario.price(cell(source, line, name, column, () -> ScenarioText.price(cell)));
          }
          break;
        default:
          if (column.startsWith(TABLE)) {
            if (!cell.isEmpty()) {
              scenario.putTables(column.substring(TABLE.length()), cell);
            }
          } else if (!cell.isEmpty()) {
            Field field = contract.field(column).orElseThrow(() -> new ScenarioException(source, line, name, column,
                "field \"" + column + "\" is not declared in " + contract.reference()));
            lead.fact(column, cell(source, line, name, column, () -> CsvLeads.value(field, cell)));
          }
          break;
      }
    }
    return scenario.lead(lead.build()).build();
  }

  private static <T> T cell(String source, int line, String name, String column, Supplier<T> read) {
    try {
      return read.get();
    } catch (IllegalArgumentException e) {
      throw new ScenarioException(source, line, name, column, e.getMessage());
    }
  }
}
