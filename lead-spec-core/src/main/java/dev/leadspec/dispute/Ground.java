package dev.leadspec.dispute;

/**
 * Why a challenge was decided as it was, checked in this order: {@link #LATE},
 * {@link #OUT_OF_CONTRACT}, {@link #EVIDENCE_AFTER_DELIVERY}, then re-evaluation
 * ({@link #SUBSTANTIATED} or {@link #NOT_SUBSTANTIATED}).
 *
 * <pre>{@code
 * if (ruling.ground() == Ground.OUT_OF_CONTRACT) explain("that condition was never agreed");
 * }</pre>
 */
public enum Ground {
  /** Filed after the lead's delivery plus the governing version's challenge window: dismissed. */
  LATE,
  /** Cites no criterion of the governing version: dismissed (a condition never agreed). */
  OUT_OF_CONTRACT,
  /** Every correction was recorded after delivery and no cited criterion admits later evidence: dismissed. */
  EVIDENCE_AFTER_DELIVERY,
  /** Re-evaluated with the admissible corrections, the outcome does not flip on a cited criterion: dismissed. */
  NOT_SUBSTANTIATED,
  /** Re-evaluated with the admissible corrections, the outcome flips on a cited criterion: upheld. */
  SUBSTANTIATED;

  /**
   * Whether this ground upholds the challenge.
   *
   * @return true only for {@link #SUBSTANTIATED}
   */
  public boolean upholds() {
    return this == SUBSTANTIATED;
  }
}
