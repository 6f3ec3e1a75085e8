package dev.leadspec.test.scenario;

import dev.leadspec.eval.ContractHistory;
import dev.leadspec.internal.Suggestions;
import dev.leadspec.json.JsonFormatException;
import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.model.Status;
import dev.leadspec.model.Value;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Scenario documents ({@code lead-spec.scenarios/1}) to and from JSON, read strictly with the
 * streaming parser: an unknown or repeated property, a value of the wrong type, a missing one, a
 * field or criterion the contract does not declare, or a limit exceeded is a
 * {@link ScenarioException} naming the file, line, scenario and property. Facts are typed by
 * the contract exactly as lead documents are ({@link LeadSpecJson#readLead(byte[], Contract)}).
 * The JSON Schema is the resource {@value #SCHEMA_RESOURCE}.
 *
 * <pre>{@code
 * {
 *   "format": "lead-spec.scenarios/1",
 *   "contract": "it-integrator-hardware",
 *   "scenarios": [
 *     {"name": "49 employees is too small",
 *      "facts": {"industry": "RETAIL", "employees": 49, "plans_upgrade": "YES"},
 *      "expect": {"outcome": "REJECTED", "reasons": {"TA-SIZE": "NOT_MET"}}}
 *   ]
 * }
 * List<Scenario> scenarios = ScenarioJson.read(bytes, "flagship.scenarios.json", contract);
 * }</pre>
 */
public final class ScenarioJson {
  /** The format tag every scenario document starts with. */
  public static final String FORMAT = "lead-spec.scenarios/1";
  /** The class-path resource holding the JSON Schema of scenario documents. */
  public static final String SCHEMA_RESOURCE = "/dev/leadspec/test/scenario/scenario.schema.json";
  /** The largest scenario document read, in bytes. */
  public static final int MAX_DOCUMENT_BYTES = 16 << 20;
  /** The most scenarios one document may hold. */
  public static final int MAX_SCENARIOS = 100_000;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(16)
          .maxStringLength(65_536)
          .maxNumberLength(64)
          .maxNameLength(256)
          .maxDocumentLength(MAX_DOCUMENT_BYTES)
          .maxTokenCount(20_000_000)
          .build())
      .build();
  private static final LeadSpecJson JSON = LeadSpecJson.standard();

  private ScenarioJson() {}

  /**
   * Reads a scenario document for one contract.
   *
   * <pre>{@code
   * List<Scenario> scenarios = ScenarioJson.read(Files.readAllBytes(path), path.toString(), contract);
   * }</pre>
   *
   * @param json the document, UTF-8
   * @param source the file's name, for messages
   * @param contract the contract whose fields type the facts
   * @return the scenarios, checked against the contract
   * @throws ScenarioException if the document or a scenario is not usable
   */
  public static List<Scenario> read(byte[] json, String source, Contract contract) {
    return read(json, source, ContractHistory.of(Objects.requireNonNull(contract, "contract")));
  }

  /**
   * Reads a scenario document for a contract history: a scenario's facts are typed by the
   * version governing its {@code deliveredAt} (the latest version when it has none).
   *
   * <pre>{@code
   * List<Scenario> scenarios = ScenarioJson.read(bytes, "flagship.scenarios.json", ContractHistory.of(v1, v2));
   * }</pre>
   *
   * @param json the document, UTF-8
   * @param source the file's name, for messages
   * @param history the versions
   * @return the scenarios, checked against the version that governs each
   * @throws ScenarioException if the document or a scenario is not usable
   */
  public static List<Scenario> read(byte[] json, String source, ContractHistory history) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(history, "history");
    if (json.length > MAX_DOCUMENT_BYTES) {
      throw new ScenarioException(source, 0, null, "", "the document is " + json.length + " bytes, more than the "
          + MAX_DOCUMENT_BYTES + " a scenario document may have");
    }
    Reader reader = new Reader(json, source, history);
    List<Scenario> scenarios = reader.document();
    ScenarioRunner.of(history).check(scenarios, reader::line);
    return scenarios;
  }

  /** One pass over one document. */
  private static final class Reader {
    private final JsonParser parser;
    private final String source;
    private final ContractHistory history;
    private @Nullable String scenario;
    private String property = "";
    /** Per scenario (by identity), the line of each property read. */
    private final Map<Scenario, Map<String, Integer>> lines = new java.util.IdentityHashMap<>();

    Reader(byte[] json, String source, ContractHistory history) {
      this.parser = FACTORY.createParser(ObjectReadContext.empty(), json);
      this.source = source;
      this.history = history;
    }

    int line(Scenario read, String at) {
      Map<String, Integer> found = lines.get(read);
      if (found == null) {
        return read.line();
      }
      Integer line = found.get(at);
      if (line == null && at.startsWith("expect.")) {
        line = found.get("expect");
      }
      return line != null ? line : read.line();
    }

    List<Scenario> document() {
      try (parser) {
        expect(next(), JsonToken.START_OBJECT, "a scenario document (an object)");
        List<Scenario> scenarios = null;
        String format = null;
        Set<String> seen = new LinkedHashSet<>();
        for (JsonToken token = next(); token != JsonToken.END_OBJECT; token = next()) {
          String name = name(seen, List.of("$schema", "format", "contract", "scenarios"), "");
          property = name;
          switch (name) {
            case "$schema":
              string(next());
              break;
            case "format":
              format = string(next());
              if (!format.equals(FORMAT)) {
                throw error("format \"" + format + "\" is not " + FORMAT);
              }
              break;
            case "contract": {
              String id = string(next());
              if (!id.equals(history.contractId())) {
                throw error("the scenarios are for contract " + id + ", not " + history.contractId());
              }
              break;
            }
            default:
              scenarios = scenarios();
              break;
          }
        }
        property = "";
        if (parser.nextToken() != null) {
          throw error("trailing tokens after the document");
        }
        if (format == null) {
          throw error("format is missing; a scenario document starts with \"format\": \"" + FORMAT + "\"");
        }
        if (scenarios == null) {
          throw error("scenarios is missing");
        }
        return scenarios;
      } catch (StreamConstraintsException e) {
        throw new ScenarioException(source, lineOf(e), scenario, property, "limit exceeded: " + lower(e.getOriginalMessage()));
      } catch (JacksonException e) {
        throw new ScenarioException(source, lineOf(e), scenario, property, "malformed JSON: " + lower(e.getOriginalMessage()));
      }
    }

    private List<Scenario> scenarios() {
      expect(next(), JsonToken.START_ARRAY, "an array of scenarios");
      List<Scenario> scenarios = new ArrayList<>();
      for (JsonToken token = next(); token != JsonToken.END_ARRAY; token = next()) {
        if (scenarios.size() == MAX_SCENARIOS) {
          throw error("more than " + MAX_SCENARIOS + " scenarios in one document");
        }
        property = "scenarios[" + scenarios.size() + "]";
        expect(token, JsonToken.START_OBJECT, "a scenario (an object)");
        scenarios.add(scenario(scenarios.size()));
        scenario = null;
      }
      return scenarios;
    }

    private Scenario scenario(int index) {
      int start = here();
      Map<String, Integer> at = new LinkedHashMap<>();
      String name = null;
      String id = null;
      Instant deliveredAt = null;
      byte[] facts = null;
      Map<String, Integer> factLines = new LinkedHashMap<>();
      Scenario.Builder builder = Scenario.builder().source(source).line(start);
      boolean expected = false;
      Set<String> seen = new LinkedHashSet<>();
      for (JsonToken token = next(); token != JsonToken.END_OBJECT; token = next()) {
        String key = name(seen, List.of("name", "id", "deliveredAt", "facts", "expect", "note", "review"), "");
        property = key;
        at.put(key, here());
        switch (key) {
          case "name":
            name = string(next());
            if (name.isBlank()) {
              throw error("a scenario's name is not blank");
            }
            scenario = name;
            break;
          case "id":
            id = string(next());
            if (id.isBlank()) {
              throw error("a lead id is not blank");
            }
            break;
          case "deliveredAt": {
            String text = string(next());
            try {
              deliveredAt = Instant.parse(text);
            } catch (DateTimeParseException e) {
              throw error("\"" + text + "\" is not an ISO instant such as 2026-03-02T10:15:00Z");
            }
            break;
          }
          case "facts":
            facts = facts(factLines);
            break;
          case "expect":
            expect(builder, at);
            expected = true;
            break;
          case "note":
            builder.note(string(next()));
            break;
          default:
            builder.review(bool(next()));
            break;
        }
      }
      property = "scenarios[" + index + "]";
      if (name == null) {
        throw new ScenarioException(source, start, null, property, "name is missing: every scenario has a name");
      }
      if (facts == null) {
        throw new ScenarioException(source, start, name, property, "facts is missing (write {} for a lead with no facts)");
      }
      if (!expected) {
        throw new ScenarioException(source, start, name, property, "expect is missing: what verdict should the lead get?");
      }
      Instant delivered = deliveredAt != null ? deliveredAt : history.latest().effectiveAt();
      Contract contract;
      try {
        contract = history.governing(delivered);
      } catch (LeadSpecException e) {
        throw new ScenarioException(source, at.getOrDefault("deliveredAt", start), name, "deliveredAt", e.getMessage());
      }
      List<String> fields = ScenarioRunner.fieldNames(contract);
      for (Map.Entry<String, Integer> fact : factLines.entrySet()) {
        if (contract.field(fact.getKey()).isEmpty()) {
          throw new ScenarioException(source, fact.getValue(), name, "facts." + fact.getKey(), "field \"" + fact.getKey()
              + "\" is not declared in " + contract.reference() + Suggestions.suggestion(fact.getKey(), fields));
        }
      }
      Lead lead = lead(id != null ? id : name, delivered, facts, contract, at.get("facts"), factLines, name);
      Scenario read = builder.name(name).lead(lead).build();
      Map<String, Integer> where = new LinkedHashMap<>(at);
      factLines.forEach((field, line) -> where.put("facts." + field, line));
      lines.put(read, where);
      return read;
    }

    /** Copies the facts object as a lead document's facts, noting the line of each. */
    private byte[] facts(Map<String, Integer> factLines) {
      expect(next(), JsonToken.START_OBJECT, "an object of facts, field name to value");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
        generator.writeStartObject();
        for (JsonToken token = next(); token != JsonToken.END_OBJECT; token = next()) {
          String field = parser.currentName();
          property = "facts." + field;
          if (factLines.put(field, here()) != null) {
            throw error("fact \"" + field + "\" is given twice");
          }
          generator.writeName(field);
          JsonToken value = next();
          if (value == JsonToken.VALUE_NULL || value == JsonToken.START_OBJECT) {
            throw error("expected a fact (a string, number, boolean or array of codes), found "
                + (value == JsonToken.VALUE_NULL ? "null; leave an unknown fact out" : "an object"));
          }
          generator.copyCurrentStructureExact(parser);
        }
        generator.writeEndObject();
      }
      return out.toByteArray();
    }

    private Lead lead(String id, Instant deliveredAt, byte[] facts, Contract contract, @Nullable Integer factsLine,
        Map<String, Integer> factLines, String name) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
        generator.writeStartObject();
        generator.writeName("format");
        generator.writeString(LeadSpecJson.LEAD_FORMAT);
        generator.writeName("id");
        generator.writeString(id);
        generator.writeName("deliveredAt");
        generator.writeString(deliveredAt.toString());
        generator.writeName("facts");
        generator.writeRawValue(new String(facts, StandardCharsets.UTF_8));
        generator.writeEndObject();
      }
      try {
        return JSON.readLead(out.toByteArray(), contract);
      } catch (JsonFormatException e) {
        String path = e.path().startsWith("$.") ? e.path().substring(2) : e.path();
        String field = path.startsWith("facts.") ? path.substring("facts.".length()).replaceAll("\\[.*", "") : "";
        int line = factLines.getOrDefault(field, factsLine != null ? factsLine : 0);
        throw new ScenarioException(source, line, name, path, e.problem());
      }
    }

    private void expect(Scenario.Builder builder, Map<String, Integer> at) {
      expect(next(), JsonToken.START_OBJECT, "an object: outcome, reasons, and optionally tables and price");
      boolean outcome = false;
      boolean reasons = false;
      Set<String> seen = new LinkedHashSet<>();
      for (JsonToken token = next(); token != JsonToken.END_OBJECT; token = next()) {
        String key = name(seen, List.of("outcome", "reasons", "tables", "price"), "expect.");
        property = "expect." + key;
        at.put(property, here());
        switch (key) {
          case "outcome":
            builder.outcome(parse(() -> ScenarioText.outcome(string(next()))));
            outcome = true;
            break;
          case "reasons": {
            expect(next(), JsonToken.START_OBJECT, "an object of reasons, criterion id to MET, NOT_MET or UNKNOWN");
            Set<String> ids = new LinkedHashSet<>();
            for (JsonToken reason = next(); reason != JsonToken.END_OBJECT; reason = next()) {
              String id = parser.currentName();
              property = "expect.reasons." + id;
              at.put(property, here());
              if (!ids.add(id)) {
                throw error("criterion " + id + " is named twice");
              }
              Status status = parse(() -> ScenarioText.status(string(next())));
              builder.putReasons(id, status);
            }
            reasons = true;
            break;
          }
          case "tables": {
            expect(next(), JsonToken.START_OBJECT, "an object of table results, table id to output");
            Set<String> ids = new LinkedHashSet<>();
            for (JsonToken table = next(); table != JsonToken.END_OBJECT; table = next()) {
              String id = parser.currentName();
              property = "expect.tables." + id;
              at.put(property, here());
              if (!ids.add(id)) {
                throw error("table " + id + " is named twice");
              }
              builder.putTables(id, string(next()));
            }
            break;
          }
          default:
            builder.price(parse(() -> ScenarioText.price(string(next()))));
            break;
        }
      }
      property = "expect";
      if (!outcome) {
        throw error("outcome is missing: ACCEPTED or REJECTED");
      }
      if (!reasons) {
        throw error("reasons is missing: every deciding criterion and its status ({} when none decides)");
      }
    }

    private <T> T parse(java.util.function.Supplier<T> read) {
      try {
        return read.get();
      } catch (IllegalArgumentException e) {
        throw error(e.getMessage());
      }
    }

    private String name(Set<String> seen, List<String> allowed, String prefix) {
      String name = parser.currentName();
      property = prefix + name;
      if (!allowed.contains(name)) {
        throw error("unknown property \"" + name + "\"" + Suggestions.suggestion(name, allowed) + "; allowed: "
            + String.join(", ", allowed));
      }
      if (!seen.add(name)) {
        throw error("duplicate property \"" + name + "\"");
      }
      return name;
    }

    private JsonToken next() {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw error("the document ends too early");
      }
      return token;
    }

    private void expect(JsonToken token, JsonToken wanted, String what) {
      if (token != wanted) {
        throw error("expected " + what + ", found " + describe(token));
      }
    }

    private String string(JsonToken token) {
      if (token != JsonToken.VALUE_STRING) {
        throw error("expected a string, found " + describe(token));
      }
      return parser.getString();
    }

    private boolean bool(JsonToken token) {
      if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
        throw error("expected true or false, found " + describe(token));
      }
      return token == JsonToken.VALUE_TRUE;
    }

    private String describe(JsonToken token) {
      switch (token) {
        case START_OBJECT:
          return "an object";
        case START_ARRAY:
          return "an array";
        case VALUE_STRING:
          return "a string";
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return "a number";
        case VALUE_TRUE:
        case VALUE_FALSE:
          return "a boolean";
        case VALUE_NULL:
          return "null";
        default:
          return token.name().toLowerCase(Locale.ROOT);
      }
    }

    private int here() {
      return parser.currentTokenLocation().getLineNr();
    }

    private ScenarioException error(String problem) {
      return new ScenarioException(source, here(), scenario, property, problem);
    }

    private int lineOf(JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      return at != null ? at.getLineNr() : here();
    }

    private static String lower(@Nullable String message) {
      if (message == null || message.isEmpty()) {
        return "unreadable input";
      }
      int cut = message.indexOf(" (start marker at");
      String text = cut < 0 ? message : message.substring(0, cut);
      return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
  }

  /**
   * Writes scenarios as a document, one property per line, two spaces of indent, facts as their
   * fields' kinds; what it writes {@link #read(byte[], String, ContractHistory)} reads back.
   *
   * <pre>{@code
   * Files.write(path, ScenarioJson.write(contract.id(), suggested));
   * }</pre>
   *
   * @param contractId the contract the scenarios are for
   * @param scenarios the scenarios
   * @return the document, UTF-8, ending with a newline
   */
  public static byte[] write(String contractId, List<Scenario> scenarios) {
    Objects.requireNonNull(contractId, "contractId");
    StringBuilder out = new StringBuilder();
    out.append("{\n  \"format\": ").append(quote(FORMAT)).append(",\n  \"contract\": ").append(quote(contractId))
        .append(",\n  \"scenarios\": [");
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario scenario = scenarios.get(i);
      out.append(i == 0 ? "\n" : ",\n").append("    {\n");
      out.append("      \"name\": ").append(quote(scenario.name())).append(",\n");
      if (!scenario.note().isEmpty()) {
        out.append("      \"note\": ").append(quote(scenario.note())).append(",\n");
      }
      if (scenario.review()) {
        out.append("      \"review\": true,\n");
      }
      if (!scenario.lead().id().equals(scenario.name())) {
        out.append("      \"id\": ").append(quote(scenario.lead().id())).append(",\n");
      }
      out.append("      \"deliveredAt\": ").append(quote(scenario.lead().deliveredAt().toString())).append(",\n");
      out.append("      \"facts\": {");
      boolean first = true;
      for (Map.Entry<String, Value> fact : scenario.lead().facts().entrySet()) {
        out.append(first ? "" : ",").append("\n        ").append(quote(fact.getKey())).append(": ").append(value(fact.getValue()));
        first = false;
      }
      out.append(first ? "},\n" : "\n      },\n");
      out.append("      \"expect\": {\n        \"outcome\": ").append(quote(scenario.outcome().name()))
          .append(",\n        \"reasons\": {");
      first = true;
      for (Map.Entry<String, Status> reason : scenario.reasons().entrySet()) {
        out.append(first ? "" : ", ").append(quote(reason.getKey())).append(": ").append(quote(reason.getValue().name()));
        first = false;
      }
      out.append('}');
      if (!scenario.tables().isEmpty()) {
        out.append(",\n        \"tables\": {");
        first = true;
        for (Map.Entry<String, String> table : scenario.tables().entrySet()) {
          out.append(first ? "" : ", ").append(quote(table.getKey())).append(": ").append(quote(table.getValue()));
          first = false;
        }
        out.append('}');
      }
      scenario.price().ifPresent(price -> out.append(",\n        \"price\": ").append(quote(price.toString())));
      out.append("\n      }\n    }");
    }
    out.append(scenarios.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String value(Value value) {
    return value.accept(FactJson.INSTANCE);
  }

  /** A fact as a lead document writes it. */
  private static final class FactJson implements Value.Visitor<String> {
    static final FactJson INSTANCE = new FactJson();

    @Override
    public String visit(Value.TextValue value) {
      return quote(value.text());
    }

    @Override
    public String visit(Value.CodesValue value) {
      StringBuilder codes = new StringBuilder("[");
      for (String code : value.codes()) {
        codes.append(codes.length() > 1 ? ", " : "").append(quote(code));
      }
      return codes.append(']').toString();
    }

    @Override
    public String visit(Value.IntegerValue value) {
      return Long.toString(value.number());
    }

    @Override
    public String visit(Value.DecimalValue value) {
      // a whole decimal is written as a string, as lead documents write decimals: a bare 118
      // would read back as an integer fact
      String plain = value.number().toPlainString();
      return plain.indexOf('.') >= 0 ? plain : quote(plain);
    }

    @Override
    public String visit(Value.FlagValue value) {
      return Boolean.toString(value.flag());
    }

    @Override
    public String visit(Value.AnswerValue value) {
      return quote(value.answer().name());
    }

    @Override
    public String visit(Value.DateValue value) {
      return quote(value.date().toString());
    }
  }

  /** A JSON string: quote, backslash and control characters escaped. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !pairedAt(text, i)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static boolean pairedAt(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
