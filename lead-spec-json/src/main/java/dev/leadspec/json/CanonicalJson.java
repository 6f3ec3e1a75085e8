package dev.leadspec.json.internal;

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
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.erdtman.jcs.JsonCanonicalizer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Internal: the canonical JSON of contracts and values, and the contract fingerprint. Not an API;
 * use {@code dev.leadspec.json.LeadSpecJson} and {@code Evaluator.fingerprint()}.
 *
 * <pre>{@code
 * String hex = CanonicalJson.fingerprint(contract); // 64 lower-case hex digits
 * }</pre>
 */
public final class CanonicalJson {
  /** The format of contract documents. */
  public static final String CONTRACT_FORMAT = "lead-spec.contract/1";

  /** Integers beyond this magnitude are written as strings (RFC 7493 I-JSON, which RFC 8785 assumes). */
  public static final long SAFE_INTEGER = (1L << 53) - 1;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
          .build())
      .build();
  private static final ObjectWriter COMPACT = MAPPER.writer();
  private static final ObjectWriter PRETTY = MAPPER.writer().with(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private CanonicalJson() {}

  /**
   * The contract as a JSON tree, properties in a fixed order, every default written out,
   * decimals as canonical strings.
   *
   * @param contract the contract
   * @return a new tree
   */
  public static ObjectNode contract(Contract contract) {
    ObjectNode root = NODES.objectNode();
    root.put("format", CONTRACT_FORMAT);
    root.put("id", contract.id());
    root.put("version", contract.version());
    root.put("title", contract.title());
    root.put("language", contract.language());
    root.put("effectiveFrom", contract.effectiveFrom().toString());
    root.put("zone", contract.zone().getId());
    ArrayNode fields = root.putArray("fields");
    for (Field field : contract.fields()) {
      fields.add(field(field));
    }
    ArrayNode criteria = root.putArray("criteria");
    for (Criterion criterion : contract.criteria()) {
      ObjectNode node = criteria.addObject();
      node.put("id", criterion.id());
      node.put("title", criterion.title());
      node.put("role", criterion.role().name());
      node.put("unknownAs", criterion.unknownAs().name());
      node.put("admitsLaterEvidence", criterion.admitsLaterEvidence());
      node.set("condition", condition(criterion.condition()));
    }
    ArrayNode tables = root.putArray("tables");
    for (Table table : contract.tables()) {
      ObjectNode node = tables.addObject();
      node.put("id", table.id());
      node.put("title", table.title());
      node.put("hitPolicy", table.hitPolicy().name());
      node.put("complete", table.complete());
      ArrayNode rows = node.putArray("rows");
      for (Row row : table.rows()) {
        ObjectNode rowNode = rows.addObject();
        rowNode.put("id", row.id());
        rowNode.set("condition", condition(row.condition()));
        rowNode.set("output", output(row.output()));
      }
    }
    root.set("terms", terms(contract.terms()));
    return root;
  }

  private static ObjectNode field(Field field) {
    ObjectNode node = NODES.objectNode();
    node.put("name", field.name());
    node.put("kind", field.kind().name());
    node.put("label", field.label());
    field.unit().ifPresent(unit -> node.put("unit", unit));
    if (!field.codes().isEmpty()) {
      strings(node.putArray("codes"), field.codes());
    }
    field.question().ifPresent(question -> node.put("question", question));
    return node;
  }

  private static ObjectNode terms(Terms terms) {
    ObjectNode node = NODES.objectNode();
    terms.price().ifPresent(price -> node.set("price", money(price)));
    terms.priceTable().ifPresent(table -> node.put("priceTable", table));
    terms.challengeWindow().ifPresent(window -> node.put("challengeWindow", window.toString()));
    return node;
  }

  /**
   * A condition as a JSON object: {@code kind} (one of a closed set of names) and the parts.
   *
   * @param condition the condition
   * @return a new tree
   */
  public static ObjectNode condition(Condition condition) {
    ObjectNode node = NODES.objectNode();
    if (condition instanceof Condition.Compare c) {
      node.put("kind", "compare");
      node.put("field", c.field());
      node.put("operator", c.operator().name());
      node.set("value", literal(c.value()));
    } else if (condition instanceof Condition.Between b) {
      node.put("kind", "between");
      node.put("field", b.field());
      node.set("low", value(b.low()));
      node.set("high", value(b.high()));
      node.put("lowInclusive", b.lowInclusive());
      node.put("highInclusive", b.highInclusive());
    } else if (condition instanceof Condition.In i) {
      node.put("kind", "in");
      node.put("field", i.field());
      strings(node.putArray("codes"), i.codes());
      node.put("negated", i.negated());
    } else if (condition instanceof Condition.Contains c) {
      node.put("kind", "contains");
      node.put("field", c.field());
      strings(node.putArray("codes"), c.codes());
      node.put("all", c.all());
    } else if (condition instanceof Condition.Known k) {
      node.put("kind", "known");
      node.put("field", k.field());
      node.put("known", k.known());
    } else if (condition instanceof Condition.Not n) {
      node.put("kind", "not");
      node.set("part", condition(n.part()));
    } else if (condition instanceof Condition.AtLeast a) {
      node.put("kind", "atLeast");
      node.put("count", a.count());
      parts(node.putArray("parts"), a.parts());
    } else if (condition instanceof Condition.All a) {
      node.put("kind", "all");
      parts(node.putArray("parts"), a.parts());
    } else {
      node.put("kind", "any");
      parts(node.putArray("parts"), ((Condition.Any) condition).parts());
    }
    return node;
  }

  private static void parts(ArrayNode array, List<Condition> parts) {
    for (Condition part : parts) {
      array.add(condition(part));
    }
  }

  private static void strings(ArrayNode array, List<String> strings) {
    for (String string : strings) {
      array.add(string);
    }
  }

  /** A literal of a condition: a value, with a set of codes in sorted order, as sets are equal in any order. */
  private static JsonNode literal(Value value) {
    if (value instanceof Value.CodesValue c) {
      List<String> sorted = new ArrayList<>(c.codes());
      sorted.sort(null);
      ArrayNode array = NODES.arrayNode();
      strings(array, sorted);
      return array;
    }
    return value(value);
  }

  /**
   * A value: an integer as a number (a string beyond ±(2^53−1)), a decimal as its canonical
   * string, a date as ISO text, a flag as a boolean, an answer as {@code YES}/{@code NO}, a code
   * or text as a string, a set of codes as an array.
   *
   * @param value the value
   * @return a new node
   */
  public static JsonNode value(Value value) {
    if (value instanceof Value.IntegerValue i) {
      return integer(i.number());
    }
    if (value instanceof Value.DecimalValue d) {
      return NODES.stringNode(decimal(d.number()));
    }
    if (value instanceof Value.TextValue t) {
      return NODES.stringNode(t.text());
    }
    if (value instanceof Value.CodesValue c) {
      ArrayNode array = NODES.arrayNode();
      strings(array, c.codes());
      return array;
    }
    if (value instanceof Value.FlagValue f) {
      return NODES.booleanNode(f.flag());
    }
    if (value instanceof Value.AnswerValue a) {
      return NODES.stringNode(a.answer().name());
    }
    return NODES.stringNode(((Value.DateValue) value).date().toString());
  }

  /**
   * A compact generator writing to a stream, with the settings of {@link #line(JsonNode)}: for
   * records written token by token on the hot path, byte-identical to the tree form.
   *
   * @param out the stream
   * @return a new generator; the caller closes it
   */
  public static JsonGenerator generator(OutputStream out) {
    return MAPPER.createGenerator(out);
  }

  /**
   * Writes a value as {@link #value(Value)} would build it.
   *
   * @param generator the generator
   * @param value the value
   */
  public static void write(JsonGenerator generator, Value value) {
    if (value instanceof Value.IntegerValue i) {
      long number = i.number();
      if (Math.abs(number) <= SAFE_INTEGER && number != Long.MIN_VALUE) {
        generator.writeNumber(number);
      } else {
        generator.writeString(Long.toString(number));
      }
    } else if (value instanceof Value.DecimalValue d) {
      generator.writeString(decimal(d.number()));
    } else if (value instanceof Value.TextValue t) {
      generator.writeString(t.text());
    } else if (value instanceof Value.CodesValue c) {
      generator.writeStartArray();
      for (String code : c.codes()) {
        generator.writeString(code);
      }
      generator.writeEndArray();
    } else if (value instanceof Value.FlagValue f) {
      generator.writeBoolean(f.flag());
    } else if (value instanceof Value.AnswerValue a) {
      generator.writeString(a.answer().name());
    } else {
      generator.writeString(((Value.DateValue) value).date().toString());
    }
  }

  /**
   * Writes money as {@link #money(Money)} would build it.
   *
   * @param generator the generator
   * @param money the money
   */
  public static void write(JsonGenerator generator, Money money) {
    generator.writeStartObject();
    generator.writeStringProperty("amount", decimal(money.amount()));
    generator.writeStringProperty("currency", money.currency().getCurrencyCode());
    generator.writeEndObject();
  }

  /**
   * Writes a table output as {@link #output(Output)} would build it.
   *
   * @param generator the generator
   * @param output the output
   */
  public static void write(JsonGenerator generator, Output output) {
    if (output instanceof Money money) {
      write(generator, money);
      return;
    }
    generator.writeStartObject();
    generator.writeStringProperty("code", ((Output.Code) output).code());
    generator.writeEndObject();
  }

  /**
   * An integer: a number within ±(2^53−1), its decimal digits as a string beyond.
   *
   * @param number the integer
   * @return a new node
   */
  public static JsonNode integer(long number) {
    return Math.abs(number) <= SAFE_INTEGER && number != Long.MIN_VALUE
        ? NODES.numberNode(number)
        : NODES.stringNode(Long.toString(number));
  }

  /**
   * The canonical text of a decimal: no trailing zeros, no exponent; {@code 1.0} and
   * {@code 1.00} both give {@code 1}.
   *
   * @param number the decimal
   * @return the text
   */
  public static String decimal(BigDecimal number) {
    return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
  }

  /**
   * Money as {@code {"amount": "<canonical decimal>", "currency": "<ISO 4217>"}}.
   *
   * @param money the money
   * @return a new tree
   */
  public static ObjectNode money(Money money) {
    ObjectNode node = NODES.objectNode();
    node.put("amount", decimal(money.amount()));
    node.put("currency", money.currency().getCurrencyCode());
    return node;
  }

  /**
   * A table output: {@code {"code": ...}} or money.
   *
   * @param output the output
   * @return a new tree
   */
  public static ObjectNode output(Output output) {
    if (output instanceof Money money) {
      return money(money);
    }
    ObjectNode node = NODES.objectNode();
    node.put("code", ((Output.Code) output).code());
    return node;
  }

  /**
   * A document as UTF-8 bytes, indented by two spaces, lines ended by {@code \n}, with a final
   * {@code \n}.
   *
   * @param tree the tree
   * @return the bytes
   */
  public static byte[] pretty(JsonNode tree) {
    return withNewline(PRETTY.writeValueAsBytes(tree));
  }

  /**
   * A record as UTF-8 bytes on one line, with a final {@code \n} (a JSONL line).
   *
   * @param tree the tree
   * @return the bytes
   */
  public static byte[] line(JsonNode tree) {
    return withNewline(COMPACT.writeValueAsBytes(tree));
  }

  private static byte[] withNewline(byte[] json) {
    byte[] bytes = new byte[json.length + 1];
    System.arraycopy(json, 0, bytes, 0, json.length);
    bytes[json.length] = '\n';
    return bytes;
  }

  /**
   * The contract's canonical form: the RFC 8785 (JCS) canonicalization of its JSON tree, as
   * UTF-8 bytes.
   *
   * @param contract the contract
   * @return the canonical bytes
   */
  public static byte[] canonicalBytes(Contract contract) {
    String json = new String(COMPACT.writeValueAsBytes(contract(contract)), StandardCharsets.UTF_8);
    try {
      return new JsonCanonicalizer(json).getEncodedString().getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("contract " + contract.reference() + ": its own JSON does not canonicalize", e);
    }
  }

  /**
   * The contract's fingerprint: the SHA-256 of {@link #canonicalBytes(Contract)}, as 64
   * lower-case hex digits. Equal contracts have equal fingerprints, whatever the machine.
   *
   * @param contract the contract
   * @return the fingerprint
   */
  public static String fingerprint(Contract contract) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(canonicalBytes(contract)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
