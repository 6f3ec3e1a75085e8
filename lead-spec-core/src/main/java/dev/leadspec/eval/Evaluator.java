package dev.leadspec.eval;

import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import java.util.Objects;

/**
 * Evaluates leads against one contract. The contract is compiled once, here; evaluating a lead
 * walks the compiled criteria without maps, boxing or string building. Stateless and
 * thread-safe: build one per contract and share it.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.of(contract);
 * Verdict verdict = evaluator.evaluate(lead);
 * if (!verdict.isAccepted()) verdict.reasons().forEach(System.out::println);
 * }</pre>
 */
public final class Evaluator {
  private final CompiledContract compiled;

  private Evaluator(Contract contract) {
    this.compiled = new CompiledContract(contract);
  }

  /**
   * Compiles a contract for evaluation.
   *
   * @param contract a built (and so validated) contract
   * @return an evaluator for it
   * @throws NullPointerException if {@code contract} is null
   */
  public static Evaluator of(Contract contract) {
    return new Evaluator(Objects.requireNonNull(contract, "contract"));
  }

  /**
   * The contract this evaluator applies.
   *
   * @return the contract
   */
  public Contract contract() {
    return compiled.contract;
  }

  /**
   * Checks the lead's facts against the contract's fields and evaluates every criterion and,
   * for an accepted lead, every table.
   *
   * @param lead the lead
   * @return the verdict, naming every criterion that decided it
   * @throws dev.leadspec.model.LeadInputException if a fact has the wrong kind for its field or
   *     a code outside the field's set
   * @throws NullPointerException if {@code lead} is null
   */
  public Verdict evaluate(Lead lead) {
    return compiled.evaluate(Objects.requireNonNull(lead, "lead"));
  }

  /**
   * The contract's fingerprint: the SHA-256 of its RFC 8785 canonical JSON, as 64 lower-case hex
   * digits ({@link dev.leadspec.model.Fingerprint#of(dev.leadspec.model.Contract)}). Computed once, on first
   * use, never while evaluating a lead.
   *
   * <pre>{@code
   * String agreed = Evaluator.of(contract).fingerprint(); // "3f1c…", the same on any machine
   * }</pre>
   *
   * @return the fingerprint
   */
  public String fingerprint() {
    return compiled.fingerprint();
  }

  boolean fingerprinted() {
    return compiled.fingerprinted();
  }

  @Override
  public String toString() {
    return "Evaluator{" + compiled.contract.reference() + "}";
  }
}
