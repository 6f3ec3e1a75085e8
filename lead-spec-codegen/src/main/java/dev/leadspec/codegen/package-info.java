/**
 * Optional generated evaluation: with this module on the class path,
 * {@code Evaluator.of(contract, Compilation.GENERATED)} evaluates through one hidden class
 * generated per contract version (ASM), the same verdicts and errors as the interpreter.
 *
 * <p>Entry type: {@link dev.leadspec.codegen.HiddenClassGenerator}, found through
 * {@link java.util.ServiceLoader}; hosts never name it.
 */
@NullMarked
package dev.leadspec.codegen;

import org.jspecify.annotations.NullMarked;
