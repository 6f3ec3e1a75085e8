package dev.leadspec.eval;

import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadInputException;
import dev.leadspec.model.Value;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Service-provider interface for generated evaluation: the base class of the code a
 * {@link Generator} writes for one contract version. It is not meant for hosts, who ask for
 * generated evaluation with {@link Evaluator#of(Contract, Compilation)} and need nothing here.
 *
 * <p>A subclass replaces only the interpreter's inner loop: it reads the lead's facts, checks
 * each against its field (through {@link #wrongKind} and {@link #unknownCode}, so errors are the
 * interpreter's own), evaluates every criterion to its status ordinal (0 MET, 1 NOT_MET,
 * 2 UNKNOWN) packed two bits per criterion, criterion {@code i} at bit {@code 2i}, and, for an
 * accepted lead, which table rows hold (FIRST tables may stop at the first). {@link #verdict}
 * turns that into the very verdict the interpreter would give: reasons, results, tables and price
 * are built by the shared code. Contracts of more than 32 criteria are never generated.
 *
 * <pre>{@code
 * // what generated code does, for a contract "employees between 50 and 5000" and no tables
 * protected Verdict evaluate(Lead lead) {
 *   Value v = lead.facts().get("employees");
 *   if (v != null && !(v instanceof Value.IntegerValue)) throw wrongKind(0, lead, v);
 *   long bits = v == null ? 2 : inRange(((Value.IntegerValue) v).number()) ? 0 : 1;
 *   return verdict(lead, bits, null);
 * }
 * }</pre>
 */
public abstract class GeneratedEvaluation {
  private @Nullable CompiledContract compiled;

  /** For generated subclasses only. */
  protected GeneratedEvaluation() {
  }

  /**
   * Evaluates a lead: what {@link Evaluator#evaluate(Lead)} returns.
   *
   * <pre>{@code
   * Verdict verdict = generated.evaluate(lead); // called by Evaluator only
   * }</pre>
   *
   * @param lead the lead, not null
   * @return its verdict, from {@link #verdict}
   * @throws LeadInputException as the interpreter would throw it
   */
  protected abstract Verdict evaluate(Lead lead);

  /**
   * Whether packed statuses accept the lead: no required criterion short of MET as counted, no
   * disqualifier MET as counted.
   *
   * <pre>{@code
   * boolean[] rows = accepted(bits) ? evaluateRows() : null;
   * }</pre>
   *
   * @param statusBits the statuses, two bits per criterion
   * @return true if the lead is accepted
   */
  protected final boolean accepted(long statusBits) {
    return compiled().failing(statusBits) == 0;
  }

  /**
   * The verdict for a lead's packed statuses, exactly as the interpreter builds it.
   *
   * <pre>{@code
   * return verdict(lead, bits, rows);
   * }</pre>
   *
   * @param lead the lead
   * @param statusBits the statuses, two bits per criterion
   * @param rowsMet for an accepted lead of a contract with tables, whether each row of each table
   *     holds (MET), tables and rows in declaration order, one after the other; else ignored
   * @return the verdict
   */
  protected final Verdict verdict(Lead lead, long statusBits, boolean @Nullable [] rowsMet) {
    return compiled().verdict(lead, statusBits, rowsMet);
  }

  /**
   * The interpreter's error for a fact of the wrong kind.
   *
   * <pre>{@code
   * if (!(v instanceof Value.IntegerValue)) throw wrongKind(0, lead, v);
   * }</pre>
   *
   * @param slot the field's position in the contract
   * @param lead the lead
   * @param value the fact
   * @return the exception, to be thrown
   */
  protected final LeadInputException wrongKind(int slot, Lead lead, Value value) {
    return compiled().binder(slot).wrongKind(lead, value);
  }

  /**
   * The interpreter's error for a code outside the field's set.
   *
   * <pre>{@code
   * if (index < 0) throw unknownCode(2, lead, v);
   * }</pre>
   *
   * @param slot the field's position in the contract
   * @param lead the lead
   * @param value the fact
   * @return the exception, to be thrown
   */
  protected final LeadInputException unknownCode(int slot, Lead lead, Value value) {
    return compiled().binder(slot).unknownCode(lead, value);
  }

  private CompiledContract compiled() {
    return Objects.requireNonNull(compiled, "not attached to an evaluator");
  }

  /** Ties a fresh instance to its compiled contract, once. */
  void attach(CompiledContract contract) {
    if (compiled != null) {
      throw new IllegalStateException("generated evaluation already attached to " + compiled.contract.reference());
    }
    compiled = contract;
  }

  /**
   * Writes generated evaluation for contract versions; found through
   * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.leadspec.eval.GeneratedEvaluation$Generator}).
   * {@code lead-spec-codegen} provides one.
   *
   * <pre>{@code
   * Optional<GeneratedEvaluation> code = generator.generate(contract, fingerprint);
   * }</pre>
   */
  public interface Generator {
    /**
     * A new, unattached instance of code generated for the contract, or empty where the
     * generator declines (too large, classes cannot be defined here).
     *
     * <pre>{@code
     * generator.generate(contract, Fingerprint.of(contract)).isPresent();
     * }</pre>
     *
     * @param contract a built contract of at most 32 criteria
     * @param fingerprint its fingerprint, the key under which generated classes may be shared
     * @return the generated evaluation, or empty
     */
    Optional<GeneratedEvaluation> generate(Contract contract, String fingerprint);
  }
}
