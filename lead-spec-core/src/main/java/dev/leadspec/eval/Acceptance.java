package dev.leadspec.eval;

import static dev.leadspec.internal.Kleene.MET;
import static dev.leadspec.internal.Kleene.UNKNOWN;

import dev.leadspec.model.Criterion;
import dev.leadspec.model.Role;
import java.util.List;

/**
 * Which criteria's statuses accept a lead and which decide its verdict: each criterion's role
 * and what its UNKNOWN counts as, also packed two bits per criterion (see {@link Verdict}) so that
 * acceptance and a rejection's reasons are read from packed statuses in a few bit operations.
 */
final class Acceptance {
  /** Bit {@code 2i} of every criterion in statuses packed two bits each. */
  private static final long EVEN_BITS = 0x5555_5555_5555_5555L;

  private final boolean[] disqualifier;
  private final int[] unknownAs;
  private final String[] ids;

  /**
   * For statuses packed two bits per criterion: bit {@code 2i} set for every criterion, for each
   * disqualifier, for each criterion whose UNKNOWN counts as MET.
   */
  private final long packedCriteria;
  private final long packedDisqualifiers;
  private final long packedUnknownMet;

  Acceptance(List<Criterion> criteria) {
    int m = criteria.size();
    disqualifier = new boolean[m];
    unknownAs = new int[m];
    ids = new String[m];
    long all = 0;
    long disqualifiers = 0;
    long unknownMet = 0;
    for (int i = 0; i < m; i++) {
      Criterion criterion = criteria.get(i);
      disqualifier[i] = criterion.role() == Role.DISQUALIFIER;
      unknownAs[i] = criterion.unknownAs().ordinal();
      ids[i] = criterion.id();
      if (i < Verdict.PACKED_CRITERIA) {
        all |= 1L << (2 * i);
        disqualifiers |= disqualifier[i] ? 1L << (2 * i) : 0;
        unknownMet |= unknownAs[i] == MET ? 1L << (2 * i) : 0;
      }
    }
    packedCriteria = all;
    packedDisqualifiers = disqualifiers;
    packedUnknownMet = unknownMet;
  }

  boolean isDisqualifier(int criterion) {
    return disqualifier[criterion];
  }

  /** What criterion {@code i}'s status counts as: its UNKNOWN as the contract says, else itself. */
  int countedAs(int criterion, int status) {
    return status == UNKNOWN ? unknownAs[criterion] : status;
  }

  /** Whether criterion {@code i}, with this status, stands against acceptance. */
  boolean failing(int criterion, int status) {
    int counted = countedAs(criterion, status);
    return disqualifier[criterion] ? counted == MET : counted != MET;
  }

  /**
   * For statuses packed two bits per criterion, bit {@code 2i} set for each criterion that stands
   * against acceptance: a required criterion not counted as MET, a disqualifier counted as MET.
   * The lead is accepted when there is none.
   */
  long failing(long statusBits) {
    long notMet = statusBits & EVEN_BITS;
    long unknown = (statusBits >>> 1) & EVEN_BITS;
    long countedMet = (~(notMet | unknown) | (unknown & packedUnknownMet)) & packedCriteria;
    return (countedMet ^ ~packedDisqualifiers) & packedCriteria;
  }

  /**
   * The reasons of a verdict whose statuses are packed, as bit {@code 2i} for criterion
   * {@code i}: every required criterion of an accepted lead; for a rejected one, each required
   * criterion not counted as MET and each disqualifier counted as MET. Branch-free, so reading
   * a rejection's reasons does not walk every criterion's role.
   */
  long decisive(long statusBits, boolean accepted) {
    return accepted ? packedCriteria & ~packedDisqualifiers : failing(statusBits);
  }

  /** Whether criterion {@code i}, with this status, is one of the verdict's reasons. */
  boolean decisive(int criterion, int status, boolean accepted) {
    int counted = countedAs(criterion, status);
    return disqualifier[criterion] ? counted == MET : accepted || counted != MET;
  }

  /** The ids of the reasons of a verdict whose statuses are packed ({@link #decisive(long, boolean)}). */
  List<String> reasonIds(long statusBits, boolean accepted) {
    long reasons = decisive(statusBits, accepted);
    return reasons == 0 ? List.of() : new ReasonIds(ids, reasons);
  }
}
