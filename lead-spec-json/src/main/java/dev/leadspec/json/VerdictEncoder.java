package dev.leadspec.json;

import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.FactReading;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Money;
import dev.leadspec.model.Output;
import dev.leadspec.model.Value;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one verdict writer: verdict lines of one contract version, byte for byte as Jackson's
 * generator would write them token by token (the test oracle {@code TokenVerdictWriter} does), but
 * mostly copied from bytes encoded once: the contract's part of the line, and per criterion
 * the head of its result (id, title, role, status, counted-as, decisive, expected) for each
 * combination of status and decisiveness met, and the name of each fact it reads. Only the lead's
 * id, the values read and the tables are encoded per line. Every cached part is checked against
 * the result it stands for (by identity, then by equality), so a result the caches do not fit is
 * encoded in full. The caches are bounded by the contract's size. Not thread-safe.
 */
final class VerdictEncoder {
  /** Status × counted-as × decisive × role: 3 × 3 × 2 × 2 heads per criterion at most. */
  private static final int HEADS = 36;
  /** Results of one criterion kept encoded whole, by identity: the evaluator shares most of them. */
  private static final int SHARED = 256;
  /** Slots tried for a result, from the one its identity hash names. */
  private static final int PROBES = 8;
  /** After this many results of a criterion, its whole-result cache is dropped unless most were hits. */
  private static final int TRIAL = 4096;

  private static final byte[] ACCEPTED = ascii("},\"outcome\":\"ACCEPTED\",\"reasons\":[");
  private static final byte[] REJECTED = ascii("},\"outcome\":\"REJECTED\",\"reasons\":[");
  private static final byte[] RESULTS = ascii("],\"results\":[");
  private static final byte[] TABLES = ascii("],\"tables\":[");
  private static final byte[] PRICE = ascii(",\"price\":");
  private static final byte[] END = ascii("}\n");
  private static final byte[] KNOWN = ascii("true,\"value\":");
  private static final byte[] UNKNOWN = ascii("false}");
  private static final byte[] FACTS_END = ascii("]}");

  private final Contract contract;
  private final byte[] prefix;
  private final Criterion[] criteria;
  private @Nullable Instant deliveredAt;
  private byte[] deliveredAtBytes = new byte[0];
  /** The last table output and the last price, each with its bytes: most leads are priced alike. */
  private final @Nullable Output[] outputs = new Output[2];
  private final byte[][] outputBytes = {new byte[0], new byte[0]};
  private final JsonBuffer scratch = new JsonBuffer(256);
  private final ValueEncoder values = new ValueEncoder(scratch);

  /** What is known of one criterion's results: the strings they carry and their encoded parts. */
  private static final class Criterion {
    final String id;
    final String title;
    final String expected;
    final byte[] quotedId;
    final byte[] @Nullable [] heads = new byte[HEADS][];
    final String[] fields;
    final byte[][] fieldHeads;
    /** Shared results seen, by identity hash, with their bytes; null once the criterion proves to share few. */
    @Nullable Object[] shared = new Object[SHARED];
    final byte[][] sharedBytes = new byte[SHARED][];
    int looked;
    int hits;

    Criterion(String id, String title, String expected, byte[] quotedId, int facts) {
      this.id = id;
      this.title = title;
      this.expected = expected;
      this.quotedId = quotedId;
      this.fields = new String[facts];
      this.fieldHeads = new byte[facts][];
    }

    boolean fits(CriterionResult result) {
      return same(id, result.criterionId()) && same(title, result.title()) && same(expected, result.expected());
    }

    static boolean same(String cached, String given) {
      return cached == given || cached.equals(given);
    }
  }

  VerdictEncoder(Verdict first) {
    this.contract = first.contract();
    JsonBuffer head = new JsonBuffer(256);
    head.ascii("{\"format\":");
    head.string(VerdictJson.FORMAT);
    head.ascii(",\"contract\":{\"id\":");
    head.string(first.contractId());
    head.ascii(",\"version\":");
    head.number(first.contractVersion());
    head.ascii(",\"fingerprint\":");
    head.string(first.contractFingerprint());
    head.ascii("},\"lead\":{\"id\":");
    this.prefix = head.toByteArray();
    this.criteria = new Criterion[contract.criteria().size()];
  }

  private static byte[] ascii(String literal) {
    return literal.getBytes(StandardCharsets.US_ASCII);
  }

  /** Whether this encoder writes the verdicts of that contract version. */
  boolean writes(Verdict verdict) {
    return verdict.contract() == contract;
  }

  /** Appends the verdict's line, ended by {@code \n}. */
  void encode(Verdict verdict, JsonBuffer out) {
    List<CriterionResult> results = verdict.results();
    out.raw(prefix);
    out.string(verdict.leadId());
    out.raw(deliveredAt(verdict.lead().deliveredAt()));
    out.raw(verdict.isAccepted() ? ACCEPTED : REJECTED);
    // the reasons are the decisive results, in declaration order (CriterionResult.decisive())
    boolean first = true;
    for (int i = 0; i < results.size(); i++) {
      CriterionResult result = results.get(i);
      if (result.decisive()) {
        if (!first) {
          out.raw(',');
        }
        first = false;
        Criterion known = criterion(i, result);
        if (known != null && Criterion.same(known.id, result.criterionId())) {
          out.raw(known.quotedId);
        } else {
          out.string(result.criterionId());
        }
      }
    }
    out.raw(RESULTS);
    for (int i = 0; i < results.size(); i++) {
      if (i > 0) {
        out.raw(',');
      }
      result(i, results.get(i), out);
    }
    out.raw(TABLES);
    List<TableResult> tables = verdict.tables();
    for (int t = 0; t < tables.size(); t++) {
      if (t > 0) {
        out.raw(',');
      }
      table(tables.get(t), out);
    }
    out.raw(']');
    if (verdict.price().isPresent()) {
      out.raw(PRICE);
      out.raw(output(verdict.price().get(), 1));
    }
    out.raw(END);
  }

  private byte[] deliveredAt(Instant instant) {
    if (!instant.equals(deliveredAt)) {
      scratch.clear();
      scratch.ascii(",\"deliveredAt\":");
      scratch.string(instant.toString());
      deliveredAtBytes = scratch.toByteArray();
      deliveredAt = instant;
    }
    return deliveredAtBytes;
  }

  /** The criterion at position {@code i}, learnt from the first result seen there. */
  private @Nullable Criterion criterion(int i, CriterionResult result) {
    if (i >= criteria.length) {
      return null;
    }
    Criterion known = criteria[i];
    if (known == null) {
      scratch.clear();
      scratch.string(result.criterionId());
      known = new Criterion(result.criterionId(), result.title(), result.expected(), scratch.toByteArray(),
          result.facts().size());
      criteria[i] = known;
    }
    return known;
  }

  private void result(int i, CriterionResult result, JsonBuffer out) {
    Criterion known = criterion(i, result);
    Object[] shared = known != null ? known.shared : null;
    if (shared == null) {
      encode(known, result, out);
      return;
    }
    // an immutable result met again by identity is the same bytes: the evaluator hands out shared
    // results for criteria over choice, answer and flag fields
    int slot = slot(shared, result);
    if (slot >= 0 && shared[slot] == result) {
      known.hits++;
      out.raw(known.sharedBytes[slot]);
    } else {
      int start = out.size();
      encode(known, result, out);
      if (slot >= 0) {
        shared[slot] = result;
        known.sharedBytes[slot] = Arrays.copyOfRange(out.bytes(), start, out.size());
      }
    }
    if (++known.looked == TRIAL && known.hits < TRIAL / 2) {
      known.shared = null;
      Arrays.fill(known.sharedBytes, null);
    }
  }

  /** The slot holding the result, else the free slot it would go in, else -1 (the table is crowded there). */
  private static int slot(@Nullable Object[] shared, Object result) {
    int hash = System.identityHashCode(result);
    for (int probe = 0; probe < PROBES; probe++) {
      int slot = (hash + probe) & (SHARED - 1);
      if (shared[slot] == result || shared[slot] == null) {
        return slot;
      }
    }
    return -1;
  }

  private void encode(@Nullable Criterion known, CriterionResult result, JsonBuffer out) {
    if (known == null || !known.fits(result)) {
      head(result, out);
      facts(null, result.facts(), out);
      return;
    }
    int variant = ((result.role().ordinal() * 3 + result.status().ordinal()) * 3 + result.countedAs().ordinal()) * 2
        + (result.decisive() ? 1 : 0);
    byte[] head = variant < HEADS ? known.heads[variant] : null;
    if (head == null) {
      scratch.clear();
      head(result, scratch);
      head = scratch.toByteArray();
      if (variant < HEADS) {
        known.heads[variant] = head;
      }
    }
    out.raw(head);
    facts(known, result.facts(), out);
  }

  /** A result up to its facts' opening bracket. */
  private static void head(CriterionResult result, JsonBuffer out) {
    out.ascii("{\"criterion\":");
    out.string(result.criterionId());
    out.ascii(",\"title\":");
    out.string(result.title());
    out.ascii(",\"role\":");
    out.string(result.role().name());
    out.ascii(",\"status\":");
    out.string(result.status().name());
    out.ascii(",\"countedAs\":");
    out.string(result.countedAs().name());
    out.ascii(",\"decisive\":");
    out.bool(result.decisive());
    out.ascii(",\"expected\":");
    out.string(result.expected());
    out.ascii(",\"facts\":[");
  }

  private void facts(@Nullable Criterion known, List<FactReading> facts, JsonBuffer out) {
    for (int j = 0; j < facts.size(); j++) {
      if (j > 0) {
        out.raw(',');
      }
      FactReading reading = facts.get(j);
      String field = reading.field();
      if (known != null && j < known.fields.length) {
        String cached = known.fields[j];
        if (cached == null) {
          scratch.clear();
          fieldHead(field, scratch);
          known.fields[j] = field;
          known.fieldHeads[j] = scratch.toByteArray();
          out.raw(known.fieldHeads[j]);
        } else if (cached == field || cached.equals(field)) {
          out.raw(known.fieldHeads[j]);
        } else {
          fieldHead(field, out);
        }
      } else {
        fieldHead(field, out);
      }
      Optional<Value> value = reading.value();
      if (value.isPresent()) {
        out.raw(KNOWN);
        value(value.get(), out);
        out.raw('}');
      } else {
        out.raw(UNKNOWN);
      }
    }
    out.raw(FACTS_END);
  }

  /** A reading up to the value of its {@code known} property. */
  private static void fieldHead(String field, JsonBuffer out) {
    out.ascii("{\"field\":");
    out.string(field);
    out.ascii(",\"known\":");
  }

  /** A value as {@link CanonicalJson#write(tools.jackson.core.JsonGenerator, Value)} writes it. */
  private void value(Value value, JsonBuffer out) {
    values.out = out;
    value.accept(values);
  }

  /** Appends a value to {@link #out}; one per encoder, so that a fact costs no allocation. */
  private static final class ValueEncoder implements Value.Visitor<Void> {
    private JsonBuffer out;

    ValueEncoder(JsonBuffer out) {
      this.out = out;
    }

    @Override
    public Void visit(Value.TextValue value) {
      out.string(value.text());
      return null;
    }

    @Override
    public Void visit(Value.CodesValue value) {
      out.raw('[');
      boolean first = true;
      for (String code : value.codes()) {
        if (!first) {
          out.raw(',');
        }
        first = false;
        out.string(code);
      }
      out.raw(']');
      return null;
    }

    @Override
    public Void visit(Value.IntegerValue value) {
      long number = value.number();
      if (Math.abs(number) <= CanonicalJson.SAFE_INTEGER && number != Long.MIN_VALUE) {
        out.number(number);
      } else {
        out.string(Long.toString(number));
      }
      return null;
    }

    @Override
    public Void visit(Value.DecimalValue value) {
      out.string(CanonicalJson.decimal(value.number()));
      return null;
    }

    @Override
    public Void visit(Value.FlagValue value) {
      out.bool(value.flag());
      return null;
    }

    @Override
    public Void visit(Value.AnswerValue value) {
      out.string(value.answer().name());
      return null;
    }

    @Override
    public Void visit(Value.DateValue value) {
      out.string(value.date().toString());
      return null;
    }
  }

  private void table(TableResult table, JsonBuffer out) {
    out.ascii("{\"table\":");
    out.string(table.tableId());
    out.ascii(",\"status\":");
    out.string(table.status().name());
    out.ascii(",\"rows\":[");
    boolean first = true;
    for (String row : table.rowIds()) {
      if (!first) {
        out.raw(',');
      }
      first = false;
      out.string(row);
    }
    out.raw(']');
    if (table.output().isPresent()) {
      out.ascii(",\"output\":");
      out.raw(output(table.output().get(), 0));
    }
    out.raw('}');
  }

  /** A table output (slot 0) or price (slot 1), kept encoded for the last one seen in its slot. */
  private byte[] output(Output value, int slot) {
    if (value != outputs[slot]) {
      scratch.clear();
      if (value instanceof Money money) {
        scratch.ascii("{\"amount\":");
        scratch.string(CanonicalJson.decimal(money.amount()));
        scratch.ascii(",\"currency\":");
        scratch.string(money.currency().getCurrencyCode());
      } else {
        scratch.ascii("{\"code\":");
        scratch.string(((Output.Code) value).code());
      }
      scratch.raw('}');
      outputBytes[slot] = scratch.toByteArray();
      outputs[slot] = value;
    }
    return outputBytes[slot];
  }
}
