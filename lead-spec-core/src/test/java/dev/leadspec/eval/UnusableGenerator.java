package dev.leadspec.eval;

import dev.leadspec.model.Contract;
import java.util.Optional;

/**
 * The generator core's tests find through {@link java.util.ServiceLoader}: it fails as generation
 * fails in a native image, where classes cannot be defined at run time.
 */
public final class UnusableGenerator implements GeneratedEvaluation.Generator {
  static volatile int asked;

  @Override
  public Optional<GeneratedEvaluation> generate(Contract contract, String fingerprint) {
    asked++;
    throw new UnsupportedOperationException("hidden classes are not supported in a native image");
  }
}
