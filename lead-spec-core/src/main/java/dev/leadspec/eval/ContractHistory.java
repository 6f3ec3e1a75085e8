package dev.leadspec.eval;

import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The versions of one contract id, each governing the leads delivered from its effective instant
 * until the next version's: an amendment never reaches back. Evaluating a lead picks the version
 * that governed it at {@code deliveredAt}, and the verdict names that version. Immutable and
 * thread-safe; each version is compiled once, when the history is built, interpreted or, with
 * {@link #of(Collection, Compilation)}, through code generated per version (the same verdicts).
 *
 * <pre>{@code
 * ContractHistory history = ContractHistory.of(v1, v2);   // v2 effective from 2026-04-01
 * history.governing(Instant.parse("2026-03-31T23:59:59Z")).version(); // 1
 * Verdict verdict = history.evaluate(lead);              // verdict.contractVersion() names the governing version
 * }</pre>
 */
public final class ContractHistory {
  private final String contractId;
  private final List<Contract> versions;
  private final Evaluator[] evaluators;

  private ContractHistory(String contractId, List<Contract> versions, Compilation compilation) {
    this.contractId = contractId;
    this.versions = versions;
    this.evaluators = new Evaluator[versions.size()];
    for (int i = 0; i < evaluators.length; i++) {
      evaluators[i] = Evaluator.of(versions.get(i), compilation);
    }
  }

  /**
   * A history of the given versions, in any order.
   *
   * @param versions the versions of one contract id
   * @return the history, versions in order
   * @throws LeadSpecException if there is no version, the ids differ, a version number is given
   *     twice, two versions take effect at the same instant, or a later version takes effect
   *     before an earlier one
   * @throws NullPointerException if a version is null
   */
  public static ContractHistory of(Contract... versions) {
    return of(List.of(versions));
  }

  /**
   * A history of the given versions, in any order.
   *
   * <pre>{@code
   * ContractHistory history = ContractHistory.of(List.of(v2, v1));
   * history.versions(); // [it-integrator v1, it-integrator v2]
   * }</pre>
   *
   * @param versions the versions of one contract id
   * @return the history, versions in order
   * @throws LeadSpecException if there is no version, the ids differ, a version number is given
   *     twice, two versions take effect at the same instant, or a later version takes effect
   *     before an earlier one
   * @throws NullPointerException if a version is null
   */
  public static ContractHistory of(Collection<Contract> versions) {
    return of(versions, Compilation.INTERPRETED);
  }

  /**
   * A history of the given versions, in any order, each compiled as
   * {@link Evaluator#of(Contract, Compilation)} compiles it: with {@link Compilation#GENERATED},
   * through code generated for each version where it can be (see {@link #compilation()}). The
   * verdicts and errors are those of the interpreter either way.
   *
   * <pre>{@code
   * ContractHistory history = ContractHistory.of(List.of(v1, v2), Compilation.GENERATED);
   * history.compilation(); // GENERATED, or INTERPRETED where some version could not be generated
   * }</pre>
   *
   * @param versions the versions of one contract id
   * @param compilation {@link Compilation#GENERATED} to ask for generated code, else
   *     {@link Compilation#INTERPRETED}
   * @return the history, versions in order
   * @throws LeadSpecException if there is no version, the ids differ, a version number is given
   *     twice, two versions take effect at the same instant, or a later version takes effect
   *     before an earlier one
   * @throws NullPointerException if a version or {@code compilation} is null
   */
  public static ContractHistory of(Collection<Contract> versions, Compilation compilation) {
    Objects.requireNonNull(compilation, "compilation");
    List<Contract> sorted = new ArrayList<>(versions.size());
    for (Contract version : versions) {
      sorted.add(Objects.requireNonNull(version, "version"));
    }
    if (sorted.isEmpty()) {
      throw new LeadSpecException("contract history: has no version");
    }
    String id = sorted.get(0).id();
    for (Contract version : sorted) {
      if (!version.id().equals(id)) {
        throw new LeadSpecException("contract history " + id + ": " + version.reference() + " is another contract's version");
      }
    }
    sorted.sort(Comparator.comparingInt(Contract::version));
    for (int i = 1; i < sorted.size(); i++) {
      Contract earlier = sorted.get(i - 1);
      Contract later = sorted.get(i);
      if (earlier.version() == later.version()) {
        throw new LeadSpecException("contract history " + id + ": version " + later.version() + " is given twice");
      }
      int order = later.effectiveAt().compareTo(earlier.effectiveAt());
      if (order == 0) {
        throw new LeadSpecException("contract history " + id + ": " + earlier.reference() + " and " + later.reference()
            + " both take effect at " + later.effectiveAt() + " (" + later.effectiveFrom() + ")");
      }
      if (order < 0) {
        throw new LeadSpecException("contract history " + id + ": " + later.reference() + " takes effect at " + later.effectiveAt()
            + ", before " + earlier.reference() + " (" + earlier.effectiveAt() + "); an amendment never reaches back");
      }
    }
    return new ContractHistory(id, List.copyOf(sorted), compilation);
  }

  /**
   * The contract id all versions share.
   *
   * @return the id
   */
  public String contractId() {
    return contractId;
  }

  /**
   * The versions, in version (and so effective) order.
   *
   * @return the versions
   */
  public List<Contract> versions() {
    return versions;
  }

  /**
   * How the history's versions are evaluated: {@link Compilation#GENERATED} only where generated
   * code was asked for and every version has it.
   *
   * <pre>{@code
   * ContractHistory.of(v1, v2).compilation(); // INTERPRETED
   * }</pre>
   *
   * @return the compilation in use for every version
   */
  public Compilation compilation() {
    for (Evaluator evaluator : evaluators) {
      if (evaluator.compilation() != Compilation.GENERATED) {
        return Compilation.INTERPRETED;
      }
    }
    return Compilation.GENERATED;
  }

  /**
   * The latest version.
   *
   * @return the contract with the highest version number
   */
  public Contract latest() {
    return versions.get(versions.size() - 1);
  }

  /**
   * The version that governs a lead delivered at an instant: the latest version whose
   * {@link Contract#effectiveAt()} is not after it.
   *
   * <pre>{@code
   * history.governing(lead.deliveredAt()).reference(); // "it-integrator v1"
   * }</pre>
   *
   * @param deliveredAt when the lead was delivered
   * @return the governing version
   * @throws LeadSpecException if the instant precedes the first version
   */
  public Contract governing(Instant deliveredAt) {
    return versions.get(index(Objects.requireNonNull(deliveredAt, "deliveredAt"), null));
  }

  /**
   * The version that governs a lead: the one in effect at its {@code deliveredAt}.
   *
   * @param lead the lead
   * @return the governing version
   * @throws LeadSpecException if the lead was delivered before the first version took effect
   */
  public Contract governing(Lead lead) {
    Objects.requireNonNull(lead, "lead");
    return versions.get(index(lead.deliveredAt(), lead.id()));
  }

  /**
   * The evaluator of the version that governs a lead, compiled once with the history.
   *
   * @param lead the lead
   * @return the evaluator of the governing version
   * @throws LeadSpecException if the lead was delivered before the first version took effect
   */
  public Evaluator evaluator(Lead lead) {
    Objects.requireNonNull(lead, "lead");
    return evaluators[index(lead.deliveredAt(), lead.id())];
  }

  /**
   * Evaluates a lead against the version that governed it when it was delivered.
   *
   * <pre>{@code
   * Verdict verdict = history.evaluate(lead);
   * verdict.contractVersion(); // the governing version
   * }</pre>
   *
   * @param lead the lead
   * @return the verdict, naming the governing version and its fingerprint
   * @throws LeadSpecException if the lead was delivered before the first version took effect
   * @throws dev.leadspec.model.LeadInputException if a fact does not fit the governing version
   */
  public Verdict evaluate(Lead lead) {
    return evaluator(lead).evaluate(lead);
  }

  private int index(Instant deliveredAt, @Nullable String leadId) {
    for (int i = versions.size() - 1; i >= 0; i--) {
      if (!versions.get(i).effectiveAt().isAfter(deliveredAt)) {
        return i;
      }
    }
    Contract first = versions.get(0);
    throw new LeadSpecException((leadId == null ? "" : "lead " + leadId + ": ") + "delivered at " + deliveredAt
        + ", before " + first.reference() + " took effect (" + first.effectiveAt() + "); no version of " + contractId + " governs it");
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("ContractHistory{").append(contractId);
    for (Contract version : versions) {
      text.append(", v").append(version.version()).append(" from ").append(version.effectiveFrom());
    }
    return text.append('}').toString();
  }
}
