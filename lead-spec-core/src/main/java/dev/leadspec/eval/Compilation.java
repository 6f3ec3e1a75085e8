package dev.leadspec.eval;

/**
 * How an {@link Evaluator} runs a contract: the interpreter over compiled node trees, always
 * available, or code generated for the contract version by a generator on the class path
 * ({@code lead-spec-codegen}). Both give the same verdicts, byte for byte, and the same errors.
 * {@link Evaluator#of(dev.leadspec.model.Contract, Compilation)} asks for one contract version,
 * {@link ContractHistory#of(java.util.Collection, Compilation)} for every version of a history.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.of(contract, Compilation.GENERATED);
 * evaluator.compilation(); // GENERATED, or INTERPRETED where no class could be generated
 * }</pre>
 */
public enum Compilation {
  /** The interpreter: each lead bound into slots, each criterion a tree of nodes. */
  INTERPRETED,
  /**
   * One hidden class generated per contract version, found through {@link java.util.ServiceLoader}
   * as a {@link GeneratedEvaluation.Generator}; asked for where none is present, where classes
   * cannot be defined (a native image) or where the contract is too large, the interpreter is
   * used and {@link Evaluator#compilation()} says so.
   */
  GENERATED
}
