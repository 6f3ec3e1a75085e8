package dev.leadspec.codegen;

import dev.leadspec.eval.GeneratedEvaluation;
import dev.leadspec.model.Contract;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;
import org.objectweb.asm.MethodTooLargeException;

/**
 * Generates evaluation code for contract versions: one hidden class per version
 * ({@link MethodHandles.Lookup#defineHiddenClassWithClassData}, not strongly tied to its class
 * loader, so it unloads with the last evaluator that uses it), shared by the evaluators of the
 * same fingerprint. {@link dev.leadspec.eval.Evaluator#of(Contract, dev.leadspec.eval.Compilation)}
 * finds it through {@link java.util.ServiceLoader}; hosts do not call it.
 *
 * <p>It declines, and the evaluator interprets, where the generated {@code evaluate} would be too
 * large for the JIT ({@value ContractWriter#MAX_METHOD_BYTES} bytes of code) and where hidden
 * classes cannot be defined (a native image).
 *
 * <pre>{@code
 * // with lead-spec-codegen on the class path:
 * Evaluator evaluator = Evaluator.of(contract, Compilation.GENERATED);
 * evaluator.compilation(); // GENERATED
 * }</pre>
 */
public final class HiddenClassGenerator implements GeneratedEvaluation.Generator {
  /** Constructors of the classes generated, by fingerprint; an entry lives while its key (held by the compiled contract) does. */
  private static final Map<String, MethodHandle> BY_FINGERPRINT = new WeakHashMap<>();

  /**
   * The generator, as {@link java.util.ServiceLoader} makes it.
   *
   * <pre>{@code
   * new HiddenClassGenerator().generate(contract, Fingerprint.of(contract));
   * }</pre>
   */
  public HiddenClassGenerator() {
  }

  /**
   * A new instance of the class generated for the contract, generating it on first use of the
   * fingerprint.
   *
   * <pre>{@code
   * Optional<GeneratedEvaluation> code = new HiddenClassGenerator().generate(contract, fingerprint);
   * }</pre>
   *
   * @param contract a built contract
   * @param fingerprint its fingerprint
   * @return the generated evaluation, or empty where the contract is too large or classes cannot
   *     be defined here
   * @throws NullPointerException if an argument is null
   */
  @Override
  public Optional<GeneratedEvaluation> generate(Contract contract, String fingerprint) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(fingerprint, "fingerprint");
    MethodHandle constructor;
    synchronized (BY_FINGERPRINT) {
      constructor = BY_FINGERPRINT.get(fingerprint);
      if (constructor == null) {
        constructor = define(contract);
        if (constructor == null) {
          return Optional.empty();
        }
        BY_FINGERPRINT.put(fingerprint, constructor);
      }
    }
    try {
      return Optional.of((GeneratedEvaluation) constructor.invoke());
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("generated evaluation for " + contract.reference() + " could not be made", e);
    }
  }

  /** The constructor of the contract's new hidden class, or null where it cannot be made. */
  static MethodHandle define(Contract contract) {
    ContractWriter writer = new ContractWriter(contract);
    byte[] bytes;
    try {
      bytes = writer.write();
    } catch (MethodTooLargeException tooLarge) {
      return null;
    }
    if (writer.evaluateBytes() > ContractWriter.MAX_METHOD_BYTES) {
      return null;
    }
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, writer.classData(), true);
      return lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class))
          .asType(MethodType.methodType(GeneratedEvaluation.class));
    } catch (UnsupportedOperationException | IllegalAccessException | NoSuchMethodException | LinkageError cannotDefine) {
      // a native image, or a VM that refuses hidden classes: the interpreter gives the same verdicts
      return null;
    }
  }
}
