package dev.leadspec.model;

import static dev.leadspec.internal.Canonical.CONTRACT_FORMAT;
import static dev.leadspec.internal.Canonical.decimal;

import dev.leadspec.internal.Canonical;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The identity of a contract: its canonical JSON (RFC 8785, the JSON Canonicalization Scheme)
 * and the SHA-256 of it. Both sides of a contract compute the same 64 hex digits from the same
 * contract on any machine, so a verdict, a ruling or a signed appendix names exactly the version
 * that governed it. Written straight from the model: no JSON library, no floating point
 * (integers are JSON numbers within ±(2<sup>53</sup>−1) and strings beyond, decimals are
 * canonical strings such as {@code "1500.5"}).
 *
 * <p>The canonical JSON holds every property of the contract, defaults written out, in the
 * order RFC 8785 fixes (names sorted by UTF-16 code units), without whitespace; a set of codes
 * compared against is sorted, as sets are equal in any order. Translations ({@code titles},
 * {@code labels}, {@code units}) are written only when the contract gives some, so a contract
 * without them has the fingerprint it had before contracts could have them. A string that is not Unicode text
 * (a lone surrogate) is written with {@code ?} in its place, as the reference implementation
 * writes it. The same document as {@code dev.leadspec.json.LeadSpecJson#writeContract} (module
 * lead-spec-json) writes, canonicalized.
 *
 * <pre>{@code
 * String hex = Fingerprint.of(contract);          // "3f5a…", 64 lower-case hex digits
 * byte[] json = Fingerprint.canonicalJson(contract); // what was hashed, UTF-8
 * assert hex.equals(Evaluator.of(contract).fingerprint());
 * }</pre>
 */
public final class Fingerprint {
  private Fingerprint() {}

  /**
   * The contract's fingerprint: the SHA-256 of {@link #canonicalJson(Contract)}, as 64 lower-case
   * hex digits. Equal contracts have equal fingerprints; any change to a field, criterion, table
   * or term gives another.
   *
   * <pre>{@code
   * String agreed = Fingerprint.of(contract);
   * }</pre>
   *
   * @param contract the contract
   * @return 64 lower-case hex digits
   * @throws NullPointerException if {@code contract} is null
   */
  public static String of(Contract contract) {
    byte[] canonical = canonicalJson(contract);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /**
   * The contract's canonical JSON (RFC 8785) as UTF-8 bytes: what {@link #of(Contract)} hashes.
   *
   * <pre>{@code
   * String json = new String(Fingerprint.canonicalJson(contract), StandardCharsets.UTF_8);
   * // {"criteria":[{"admitsLaterEvidence":false,"condition":{...},"id":"TA_SIZE",...}],...}
   * }</pre>
   *
   * @param contract the contract
   * @return a new array, UTF-8, without a final line end
   * @throws NullPointerException if {@code contract} is null
   */
  public static byte[] canonicalJson(Contract contract) {
    StringBuilder out = new StringBuilder(1024);
    write(contract(Objects.requireNonNull(contract, "contract")), out);
    // a lone surrogate becomes '?' here, as in the reference implementation
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------ the tree, names sorted

  private static Map<String, Object> contract(Contract contract) {
    Map<String, Object> root = new TreeMap<>();
    root.put("format", CONTRACT_FORMAT);
    root.put("id", contract.id());
    root.put("version", (long) contract.version());
    root.put("title", contract.title());
    translations(root, "titles", contract.titles());
    root.put("language", contract.language());
    root.put("effectiveFrom", contract.effectiveFrom().toString());
    root.put("zone", contract.zone().getId());
    List<Object> fields = new ArrayList<>();
    for (Field field : contract.fields()) {
      Map<String, Object> node = new TreeMap<>();
      node.put("name", field.name());
      node.put("kind", field.kind().name());
      node.put("label", field.label());
      translations(node, "labels", field.labels());
      field.unit().ifPresent(unit -> node.put("unit", unit));
      translations(node, "units", field.units());
      if (!field.codes().isEmpty()) {
        node.put("codes", new ArrayList<Object>(field.codes()));
      }
      field.question().ifPresent(question -> node.put("question", question));
      translations(node, "questions", field.questions());
      fields.add(node);
    }
    root.put("fields", fields);
    List<Object> criteria = new ArrayList<>();
    for (Criterion criterion : contract.criteria()) {
      Map<String, Object> node = new TreeMap<>();
      node.put("id", criterion.id());
      node.put("title", criterion.title());
      translations(node, "titles", criterion.titles());
      node.put("role", criterion.role().name());
      node.put("unknownAs", criterion.unknownAs().name());
      node.put("admitsLaterEvidence", criterion.admitsLaterEvidence());
      node.put("condition", condition(criterion.condition()));
      criteria.add(node);
    }
    root.put("criteria", criteria);
    List<Object> tables = new ArrayList<>();
    for (Table table : contract.tables()) {
      Map<String, Object> node = new TreeMap<>();
      node.put("id", table.id());
      node.put("title", table.title());
      translations(node, "titles", table.titles());
      node.put("hitPolicy", table.hitPolicy().name());
      node.put("complete", table.complete());
      List<Object> rows = new ArrayList<>();
      for (Row row : table.rows()) {
        Map<String, Object> rowNode = new TreeMap<>();
        rowNode.put("id", row.id());
        rowNode.put("condition", condition(row.condition()));
        rowNode.put("output", output(row.output()));
        rows.add(rowNode);
      }
      node.put("rows", rows);
      tables.add(node);
    }
    root.put("tables", tables);
    Terms terms = contract.terms();
    Map<String, Object> termsNode = new TreeMap<>();
    terms.price().ifPresent(price -> termsNode.put("price", output(price)));
    terms.priceTable().ifPresent(table -> termsNode.put("priceTable", table));
    terms.challengeWindow().ifPresent(window -> termsNode.put("challengeWindow", window.toString()));
    root.put("terms", termsNode);
    return root;
  }

  /**
   * Texts by language tag, tags sorted; only when there are some, so that a contract without
   * translations has the canonical form (and fingerprint) it had before translations existed.
   */
  private static void translations(Map<String, Object> node, String name, Map<String, String> translations) {
    if (!translations.isEmpty()) {
      node.put(name, new TreeMap<String, Object>(translations));
    }
  }

  private static Map<String, Object> condition(Condition condition) {
    return condition.accept(ConditionNode.INSTANCE);
  }

  /** A condition as its tree: {@code kind} (one of a closed set of names) and its parts. */
  private static final class ConditionNode implements Condition.Visitor<Map<String, Object>> {
    static final ConditionNode INSTANCE = new ConditionNode();

    @Override
    public Map<String, Object> visit(Condition.Compare compare) {
      Map<String, Object> node = node("compare", compare.field());
      node.put("operator", compare.operator().name());
      node.put("value", compare.value().accept(CanonicalValue.LITERAL));
      return node;
    }

    @Override
    public Map<String, Object> visit(Condition.Between between) {
      Map<String, Object> node = node("between", between.field());
      node.put("low", value(between.low()));
      node.put("high", value(between.high()));
      node.put("lowInclusive", between.lowInclusive());
      node.put("highInclusive", between.highInclusive());
      return node;
    }

    @Override
    public Map<String, Object> visit(Condition.In in) {
      Map<String, Object> node = node("in", in.field());
      node.put("codes", new ArrayList<Object>(in.codes()));
      node.put("negated", in.negated());
      return node;
    }

    @Override
    public Map<String, Object> visit(Condition.Contains contains) {
      Map<String, Object> node = node("contains", contains.field());
      node.put("codes", new ArrayList<Object>(contains.codes()));
      node.put("all", contains.all());
      return node;
    }

    @Override
    public Map<String, Object> visit(Condition.Known known) {
      Map<String, Object> node = node("known", known.field());
      node.put("known", known.known());
      return node;
    }

    @Override
    public Map<String, Object> visit(Condition.All all) {
      return composite("all", all.parts());
    }

    @Override
    public Map<String, Object> visit(Condition.Any any) {
      return composite("any", any.parts());
    }

    @Override
    public Map<String, Object> visit(Condition.Not not) {
      Map<String, Object> node = new TreeMap<>();
      node.put("kind", "not");
      node.put("part", condition(not.part()));
      return node;
    }

    @Override
    public Map<String, Object> visit(Condition.AtLeast atLeast) {
      Map<String, Object> node = composite("atLeast", atLeast.parts());
      node.put("count", (long) atLeast.count());
      return node;
    }

    private static Map<String, Object> node(String kind, String field) {
      Map<String, Object> node = new TreeMap<>();
      node.put("kind", kind);
      node.put("field", field);
      return node;
    }

    private static Map<String, Object> composite(String kind, List<Condition> parts) {
      Map<String, Object> node = new TreeMap<>();
      node.put("kind", kind);
      List<Object> list = new ArrayList<>(parts.size());
      for (Condition part : parts) {
        list.add(condition(part));
      }
      node.put("parts", list);
      return node;
    }
  }

  private static Object value(Value value) {
    return value.accept(CanonicalValue.VALUE);
  }

  /**
   * A value as its tree: an integer as a number (a string beyond ±(2<sup>53</sup>−1)), a decimal
   * as its canonical string, a set of codes as a list; as a literal compared against, a set of
   * codes sorted, as sets are equal in any order.
   */
  private static final class CanonicalValue implements Value.Visitor<Object> {
    static final CanonicalValue VALUE = new CanonicalValue(false);
    static final CanonicalValue LITERAL = new CanonicalValue(true);

    private final boolean sortCodes;

    private CanonicalValue(boolean sortCodes) {
      this.sortCodes = sortCodes;
    }

    @Override
    public Object visit(Value.TextValue value) {
      return value.text();
    }

    @Override
    public Object visit(Value.CodesValue value) {
      List<Object> codes = new ArrayList<>(value.codes());
      if (sortCodes) {
        codes.sort(null);
      }
      return codes;
    }

    @Override
    public Object visit(Value.IntegerValue value) {
      long number = value.number();
      return Canonical.safe(number) ? (Object) number : Long.toString(number);
    }

    @Override
    public Object visit(Value.DecimalValue value) {
      return decimal(value.number());
    }

    @Override
    public Object visit(Value.FlagValue value) {
      return value.flag();
    }

    @Override
    public Object visit(Value.AnswerValue value) {
      return value.answer().name();
    }

    @Override
    public Object visit(Value.DateValue value) {
      return value.date().toString();
    }
  }

  private static Map<String, Object> output(Output output) {
    Map<String, Object> node = new TreeMap<>();
    if (output instanceof Money money) {
      node.put("amount", decimal(money.amount()));
      node.put("currency", money.currency().getCurrencyCode());
    } else {
      node.put("code", ((Output.Code) output).code());
    }
    return node;
  }

  // ------------------------------------------------------------------ RFC 8785 serialization

  private static void write(Object node, StringBuilder out) {
    if (node instanceof String text) {
      string(text, out);
    } else if (node instanceof Long number) {
      // within ±(2^53−1): the shortest round-trip form of the double is the integer's digits
      out.append(number.longValue());
    } else if (node instanceof Boolean flag) {
      out.append(flag.booleanValue());
    } else if (node instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      out.append('{');
      boolean first = true;
      // TreeMap of String: names in UTF-16 code unit order, as RFC 8785 sorts them
      for (Map.Entry<?, ?> member : ((Map<?, ?>) node).entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string((String) member.getKey(), out);
        out.append(':');
        write(member.getValue(), out);
      }
      out.append('}');
    }
  }

  /** A string as ECMAScript's JSON.stringify writes it (RFC 8785 §3.2.2.2). */
  private static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n':
          out.append("\\n");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '"':
        case '\\':
          out.append('\\').append(c);
          break;
        default:
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();
}
