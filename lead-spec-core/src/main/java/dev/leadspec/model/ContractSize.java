package dev.leadspec.model;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An upper bound of the size of a contract's canonical document, written indented as
 * {@code LeadSpecJson.writeContract} writes it, and of its tokens as a JSON reader counts them
 * (tokens exactly; bytes with each number, constant and decimal at its widest):
 * so that a contract whose document the readers would refuse (over {@link Limits#MAX_DOCUMENT_BYTES}
 * or {@link Limits#MAX_TOKEN_COUNT}) is refused when it is built. Each member is counted with
 * its line end, indent, name and comma; each string with its quotes and escapes in UTF-8.
 */
final class ContractSize {
  private long bytes;
  private long tokens;
  private int depth;
  /** Per depth, whether the container open there is an array, whose elements have no names. */
  private final boolean[] arrays = new boolean[Limits.MAX_CONDITION_DEPTH * 2 + 16];
  private final ConditionMembers members = new ConditionMembers();

  static ContractSize of(Contract contract) {
    ContractSize size = new ContractSize();
    size.contract(contract);
    return size;
  }

  long bytes() {
    return bytes;
  }

  long tokens() {
    return tokens;
  }

  private void contract(Contract contract) {
    open(null, false);
    word("format", 22);
    text("id", contract.id());
    word("version", 11);
    text("title", contract.title());
    translations("titles", contract.titles());
    text("language", contract.language());
    word("effectiveFrom", 18);
    text("zone", contract.zone().getId());
    open("fields", true);
    for (Field field : contract.fields()) {
      open(null, false);
      text("name", field.name());
      word("kind", 9);
      text("label", field.label());
      translations("labels", field.labels());
      field.unit().ifPresent(unit -> text("unit", unit));
      translations("units", field.units());
      if (!field.codes().isEmpty()) {
        texts("codes", field.codes());
      }
      field.question().ifPresent(question -> text("question", question));
      translations("questions", field.questions());
      close();
    }
    close();
    open("criteria", true);
    for (Criterion criterion : contract.criteria()) {
      open(null, false);
      text("id", criterion.id());
      text("title", criterion.title());
      translations("titles", criterion.titles());
      word("role", 14);
      word("unknownAs", 9);
      word("admitsLaterEvidence", 5);
      condition("condition", criterion.condition());
      close();
    }
    close();
    open("tables", true);
    for (Table table : contract.tables()) {
      open(null, false);
      text("id", table.id());
      text("title", table.title());
      translations("titles", table.titles());
      word("hitPolicy", 8);
      word("complete", 5);
      open("rows", true);
      for (Row row : table.rows()) {
        open(null, false);
        text("id", row.id());
        condition("condition", row.condition());
        output("output", row.output());
        close();
      }
      close();
      close();
    }
    close();
    open("terms", false);
    contract.terms().price().ifPresent(price -> output("price", price));
    contract.terms().priceTable().ifPresent(table -> text("priceTable", table));
    contract.terms().challengeWindow().ifPresent(window -> word("challengeWindow", 40));
    close();
    close();
  }

  private void output(String name, Output output) {
    open(name, false);
    if (output instanceof Money) {
      word("amount", Limits.MAX_DECIMAL_DIGITS + 4);
      word("currency", 5);
    } else {
      text("code", ((Output.Code) output).code());
    }
    close();
  }

  private void condition(@Nullable String name, Condition condition) {
    open(name, false);
    word("kind", 10);
    condition.accept(members);
    close();
  }

  /** Counts a condition's members after its {@code kind}, parts included. */
  private final class ConditionMembers implements Condition.Visitor<Void> {
    @Override
    public Void visit(Condition.Compare compare) {
      text("field", compare.field());
      word("operator", 4);
      value("value", compare.value());
      return null;
    }

    @Override
    public Void visit(Condition.Between between) {
      text("field", between.field());
      value("low", between.low());
      value("high", between.high());
      word("lowInclusive", 5);
      word("highInclusive", 5);
      return null;
    }

    @Override
    public Void visit(Condition.In in) {
      text("field", in.field());
      texts("codes", in.codes());
      word("negated", 5);
      return null;
    }

    @Override
    public Void visit(Condition.Contains contains) {
      text("field", contains.field());
      texts("codes", contains.codes());
      word("all", 5);
      return null;
    }

    @Override
    public Void visit(Condition.Known known) {
      text("field", known.field());
      word("known", 5);
      return null;
    }

    @Override
    public Void visit(Condition.All all) {
      parts(all.parts());
      return null;
    }

    @Override
    public Void visit(Condition.Any any) {
      parts(any.parts());
      return null;
    }

    @Override
    public Void visit(Condition.Not not) {
      condition("part", not.part());
      return null;
    }

    @Override
    public Void visit(Condition.AtLeast atLeast) {
      word("count", 11);
      parts(atLeast.parts());
      return null;
    }
  }

  private void parts(List<Condition> parts) {
    open("parts", true);
    for (Condition part : parts) {
      condition(null, part);
    }
    close();
  }

  private void value(String name, Value value) {
    value.accept(new ValueWidth(name));
  }

  /** Counts a value member, each number, constant and date at its widest. */
  private final class ValueWidth implements Value.Visitor<Void> {
    private final String name;

    ValueWidth(String name) {
      this.name = name;
    }

    @Override
    public Void visit(Value.TextValue value) {
      text(name, value.text());
      return null;
    }

    @Override
    public Void visit(Value.CodesValue value) {
      texts(name, value.codes());
      return null;
    }

    @Override
    public Void visit(Value.IntegerValue value) {
      // up to 20 characters, quoted beyond 2^53
      return wide();
    }

    @Override
    public Void visit(Value.DecimalValue value) {
      word(name, Limits.MAX_DECIMAL_DIGITS + 4);
      return null;
    }

    @Override
    public Void visit(Value.FlagValue value) {
      return wide();
    }

    @Override
    public Void visit(Value.AnswerValue value) {
      return wide();
    }

    @Override
    public Void visit(Value.DateValue value) {
      return wide();
    }

    /** An integer, a date, a flag or an answer: 22 bytes at most. */
    private Void wide() {
      word(name, 22);
      return null;
    }
  }

  /** Texts by language tag, an object written only when it has members. */
  private void translations(String name, Map<String, String> translations) {
    if (translations.isEmpty()) {
      return;
    }
    open(name, false);
    for (Map.Entry<String, String> translation : translations.entrySet()) {
      member(translation.getKey(), utf8Escaped(translation.getValue()) + 2);
    }
    close();
  }

  private void texts(String name, List<String> texts) {
    open(name, true);
    for (String text : texts) {
      text(null, text);
    }
    close();
  }

  private void open(@Nullable String name, boolean array) {
    member(name, 1);
    depth++;
    arrays[depth] = array;
  }

  private void close() {
    depth--;
    tokens++;
    bytes += 1 + 2L * depth + 1;
  }

  private void word(String name, int width) {
    member(name, width);
  }

  private void text(@Nullable String name, String text) {
    member(name, utf8Escaped(text) + 2);
  }

  /**
   * A member (its name and value, two tokens) or an array's element (one, without a name), with
   * its line end, indent and comma.
   */
  private void member(@Nullable String name, long valueBytes) {
    tokens += name == null ? 1 : 2;
    bytes += 1 + 2L * depth + (name == null ? 0 : name.length() + 4) + valueBytes + 1;
  }

  /** The bytes of a string's content written as JSON in UTF-8, escapes included, at most. */
  static long utf8Escaped(String text) {
    long bytes = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x20) {
        bytes += 6;
      } else if (c == '"' || c == '\\') {
        bytes += 2;
      } else if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isSurrogate(c)) {
        bytes += 6;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
