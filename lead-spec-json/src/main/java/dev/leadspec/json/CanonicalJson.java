package dev.leadspec.json;

import dev.leadspec.internal.Canonical;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.Money;
import dev.leadspec.model.Output;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import dev.leadspec.model.Terms;
import dev.leadspec.model.Value;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The one way documents are written, on Jackson's streaming generator alone: compact JSONL lines
 * and two-space indented documents, contracts with every property in a fixed order and every
 * default written out, values and money as every document writes them. The contract's RFC 8785
 * form and fingerprint are core's ({@link dev.leadspec.model.Fingerprint}).
 */
final class CanonicalJson {
  /** The format of contract documents. */
  static final String CONTRACT_FORMAT = Canonical.CONTRACT_FORMAT;

  /** Integers beyond this magnitude are written as strings (RFC 7493 I-JSON, which RFC 8785 assumes). */
  static final long SAFE_INTEGER = Canonical.SAFE_INTEGER;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .build();
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  /** Hands each generator a pretty printer of its own: they keep the nesting level. */
  private static final ObjectWriteContext INDENTED = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return PRETTY.createInstance();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  /** What writes one document to a generator. */
  interface Body {
    void write(JsonGenerator generator);
  }

  private CanonicalJson() {}

  /**
   * A compact generator writing to a stream: for records written token by token.
   *
   * @param out the stream
   * @return a new generator; the caller closes it
   */
  static JsonGenerator generator(OutputStream out) {
    return FACTORY.createGenerator(ObjectWriteContext.empty(), out);
  }

  /** A record as UTF-8 bytes on one line, with a final {@code \n} (a JSONL line). */
  static byte[] line(Body body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = generator(bytes)) {
      body.write(generator);
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  /**
   * A document as UTF-8 bytes, indented by two spaces, lines ended by {@code \n}, with a final
   * {@code \n}.
   */
  static byte[] pretty(Body body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    try (JsonGenerator generator = FACTORY.createGenerator(INDENTED, bytes)) {
      body.write(generator);
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  /** The contract's document, properties in a fixed order, every default written out, decimals as canonical strings. */
  static byte[] contract(Contract contract) {
    return pretty(g -> contract(g, contract));
  }

  private static void contract(JsonGenerator g, Contract contract) {
    g.writeStartObject();
    g.writeStringProperty("format", CONTRACT_FORMAT);
    g.writeStringProperty("id", contract.id());
    g.writeNumberProperty("version", contract.version());
    g.writeStringProperty("title", contract.title());
    translations(g, "titles", contract.titles());
    g.writeStringProperty("language", contract.language());
    g.writeStringProperty("effectiveFrom", contract.effectiveFrom().toString());
    g.writeStringProperty("zone", contract.zone().getId());
    g.writeArrayPropertyStart("fields");
    for (Field field : contract.fields()) {
      field(g, field);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("criteria");
    for (Criterion criterion : contract.criteria()) {
      g.writeStartObject();
      g.writeStringProperty("id", criterion.id());
      g.writeStringProperty("title", criterion.title());
      translations(g, "titles", criterion.titles());
      g.writeStringProperty("role", criterion.role().name());
      g.writeStringProperty("unknownAs", criterion.unknownAs().name());
      g.writeBooleanProperty("admitsLaterEvidence", criterion.admitsLaterEvidence());
      g.writeName("condition");
      condition(g, criterion.condition());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("tables");
    for (Table table : contract.tables()) {
      g.writeStartObject();
      g.writeStringProperty("id", table.id());
      g.writeStringProperty("title", table.title());
      translations(g, "titles", table.titles());
      g.writeStringProperty("hitPolicy", table.hitPolicy().name());
      g.writeBooleanProperty("complete", table.complete());
      g.writeArrayPropertyStart("rows");
      for (Row row : table.rows()) {
        g.writeStartObject();
        g.writeStringProperty("id", row.id());
        g.writeName("condition");
        condition(g, row.condition());
        g.writeName("output");
        write(g, row.output());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeName("terms");
    terms(g, contract.terms());
    g.writeEndObject();
  }

  private static void field(JsonGenerator g, Field field) {
    g.writeStartObject();
    g.writeStringProperty("name", field.name());
    g.writeStringProperty("kind", field.kind().name());
    g.writeStringProperty("label", field.label());
    translations(g, "labels", field.labels());
    if (field.unit().isPresent()) {
      g.writeStringProperty("unit", field.unit().get());
    }
    translations(g, "units", field.units());
    if (!field.codes().isEmpty()) {
      g.writeName("codes");
      strings(g, field.codes());
    }
    if (field.question().isPresent()) {
      g.writeStringProperty("question", field.question().get());
    }
    translations(g, "questions", field.questions());
    g.writeEndObject();
  }

  /** Texts by language tag, in declaration order: {@code "titles": {"ru": "…"}}, only when there are some. */
  private static void translations(JsonGenerator g, String name, Map<String, String> translations) {
    if (translations.isEmpty()) {
      return;
    }
    g.writeObjectPropertyStart(name);
    for (Map.Entry<String, String> translation : translations.entrySet()) {
      g.writeStringProperty(translation.getKey(), translation.getValue());
    }
    g.writeEndObject();
  }

  private static void terms(JsonGenerator g, Terms terms) {
    g.writeStartObject();
    if (terms.price().isPresent()) {
      g.writeName("price");
      write(g, terms.price().get());
    }
    if (terms.priceTable().isPresent()) {
      g.writeStringProperty("priceTable", terms.priceTable().get());
    }
    if (terms.challengeWindow().isPresent()) {
      g.writeStringProperty("challengeWindow", terms.challengeWindow().get().toString());
    }
    g.writeEndObject();
  }

  /** A condition as a JSON object: {@code kind} (one of a closed set of names) and the parts. */
  private static void condition(JsonGenerator g, Condition condition) {
    g.writeStartObject();
    condition.accept(new ConditionMembers(g));
    g.writeEndObject();
  }

  /** Writes a condition's members, {@code kind} first, parts included. */
  private static final class ConditionMembers implements Condition.Visitor<Void> {
    private final JsonGenerator g;

    ConditionMembers(JsonGenerator g) {
      this.g = g;
    }

    @Override
    public Void visit(Condition.Compare compare) {
      head("compare", compare.field());
      g.writeStringProperty("operator", compare.operator().name());
      g.writeName("value");
      compare.value().accept(new ValueWriter(g, true));
      return null;
    }

    @Override
    public Void visit(Condition.Between between) {
      head("between", between.field());
      g.writeName("low");
      write(g, between.low());
      g.writeName("high");
      write(g, between.high());
      g.writeBooleanProperty("lowInclusive", between.lowInclusive());
      g.writeBooleanProperty("highInclusive", between.highInclusive());
      return null;
    }

    @Override
    public Void visit(Condition.In in) {
      head("in", in.field());
      g.writeName("codes");
      strings(g, in.codes());
      g.writeBooleanProperty("negated", in.negated());
      return null;
    }

    @Override
    public Void visit(Condition.Contains contains) {
      head("contains", contains.field());
      g.writeName("codes");
      strings(g, contains.codes());
      g.writeBooleanProperty("all", contains.all());
      return null;
    }

    @Override
    public Void visit(Condition.Known known) {
      head("known", known.field());
      g.writeBooleanProperty("known", known.known());
      return null;
    }

    @Override
    public Void visit(Condition.All all) {
      g.writeStringProperty("kind", "all");
      parts(g, all.parts());
      return null;
    }

    @Override
    public Void visit(Condition.Any any) {
      g.writeStringProperty("kind", "any");
      parts(g, any.parts());
      return null;
    }

    @Override
    public Void visit(Condition.Not not) {
      g.writeStringProperty("kind", "not");
      g.writeName("part");
      condition(g, not.part());
      return null;
    }

    @Override
    public Void visit(Condition.AtLeast atLeast) {
      g.writeStringProperty("kind", "atLeast");
      g.writeNumberProperty("count", atLeast.count());
      parts(g, atLeast.parts());
      return null;
    }

    private void head(String kind, String field) {
      g.writeStringProperty("kind", kind);
      g.writeStringProperty("field", field);
    }
  }

  private static void parts(JsonGenerator g, List<Condition> parts) {
    g.writeArrayPropertyStart("parts");
    for (Condition part : parts) {
      condition(g, part);
    }
    g.writeEndArray();
  }

  /** An array of strings. */
  static void strings(JsonGenerator g, List<String> strings) {
    g.writeStartArray();
    for (String string : strings) {
      g.writeString(string);
    }
    g.writeEndArray();
  }

  /**
   * A value: an integer as a number (a string beyond ±(2^53−1)), a decimal as its canonical
   * string, a date as ISO text, a flag as a boolean, an answer as {@code YES}/{@code NO}, a code
   * or text as a string, a set of codes as an array.
   */
  static void write(JsonGenerator g, Value value) {
    value.accept(new ValueWriter(g, false));
  }

  /**
   * Writes a value as {@link #write(JsonGenerator, Value)} says; as a literal of a condition, a
   * set of codes in sorted order, as sets are equal in any order.
   */
  private static final class ValueWriter implements Value.Visitor<Void> {
    private final JsonGenerator g;
    private final boolean sortCodes;

    ValueWriter(JsonGenerator g, boolean sortCodes) {
      this.g = g;
      this.sortCodes = sortCodes;
    }

    @Override
    public Void visit(Value.TextValue value) {
      g.writeString(value.text());
      return null;
    }

    @Override
    public Void visit(Value.CodesValue value) {
      List<String> codes = value.codes();
      if (sortCodes) {
        codes = new ArrayList<>(codes);
        codes.sort(null);
      }
      strings(g, codes);
      return null;
    }

    @Override
    public Void visit(Value.IntegerValue value) {
      long number = value.number();
      if (Canonical.safe(number)) {
        g.writeNumber(number);
      } else {
        g.writeString(Long.toString(number));
      }
      return null;
    }

    @Override
    public Void visit(Value.DecimalValue value) {
      g.writeString(decimal(value.number()));
      return null;
    }

    @Override
    public Void visit(Value.FlagValue value) {
      g.writeBoolean(value.flag());
      return null;
    }

    @Override
    public Void visit(Value.AnswerValue value) {
      g.writeString(value.answer().name());
      return null;
    }

    @Override
    public Void visit(Value.DateValue value) {
      g.writeString(value.date().toString());
      return null;
    }
  }

  /** Money as {@code {"amount": "<canonical decimal>", "currency": "<ISO 4217>"}}. */
  static void write(JsonGenerator g, Money money) {
    g.writeStartObject();
    g.writeStringProperty("amount", decimal(money.amount()));
    g.writeStringProperty("currency", money.currency().getCurrencyCode());
    g.writeEndObject();
  }

  /** A table output: {@code {"code": ...}} or money. */
  static void write(JsonGenerator g, Output output) {
    if (output instanceof Money money) {
      write(g, money);
      return;
    }
    g.writeStartObject();
    g.writeStringProperty("code", ((Output.Code) output).code());
    g.writeEndObject();
  }

  /** The canonical text of a decimal: no trailing zeros, no exponent; {@code 1.0} and {@code 1.00} both give {@code 1}. */
  static String decimal(BigDecimal number) {
    return Canonical.decimal(number);
  }
}
