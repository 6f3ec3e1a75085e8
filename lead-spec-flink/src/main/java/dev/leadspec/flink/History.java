package dev.leadspec.flink;

import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.Contract;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract history as shipped to workers: each version's JSON document, as the driver read
 * it, and the fingerprint the driver computed. A worker compiles the documents once per task
 * ({@link #compile()}) and fails if a fingerprint it recomputes differs: a worker with another
 * lead-spec on its class path would judge by another contract.
 */
final class History implements Serializable {
  private static final long serialVersionUID = 1L;

  private final byte[][] documents;
  private final String[] fingerprints;

  private History(byte[][] documents, String[] fingerprints) {
    this.documents = documents;
    this.fingerprints = fingerprints;
  }

  /** Reads the versions' documents on the driver and fingerprints them. */
  static History read(List<Path> files) {
    byte[][] documents = new byte[files.size()][];
    String[] fingerprints = new String[files.size()];
    for (int i = 0; i < documents.length; i++) {
      try {
        documents[i] = Files.readAllBytes(files.get(i));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read contract " + files.get(i) + ": " + e.getMessage(), e);
      }
      fingerprints[i] = Evaluator.of(LeadSpecJson.standard().readContract(documents[i])).fingerprint();
    }
    ContractHistory.of(contracts(documents));
    return new History(documents, fingerprints);
  }

  /** The same documents with one fingerprint replaced: what a driver of another build would ship. */
  History withFingerprint(int version, String fingerprint) {
    String[] changed = fingerprints.clone();
    changed[version] = fingerprint;
    return new History(documents, changed);
  }

  /** Compiles the history on this worker, checking every version's fingerprint against the driver's. */
  ContractHistory compile() {
    List<Contract> versions = contracts(documents);
    for (int i = 0; i < versions.size(); i++) {
      String here = Evaluator.of(versions.get(i)).fingerprint();
      if (!here.equals(fingerprints[i])) {
        throw new IllegalStateException("contract " + versions.get(i).reference() + ": fingerprint " + here
            + " on this worker differs from the driver's " + fingerprints[i]
            + "; the worker runs another lead-spec and would judge by another contract");
      }
    }
    return ContractHistory.of(versions);
  }

  /** The latest version, which types the facts of leads, read without the workers' fingerprint check: for the driver. */
  Contract typing() {
    return ContractHistory.of(contracts(documents)).latest();
  }

  /** The driver's fingerprints, by version as given. */
  List<String> fingerprints() {
    return List.of(fingerprints);
  }

  private static List<Contract> contracts(byte[][] documents) {
    List<Contract> versions = new ArrayList<>();
    for (byte[] document : documents) {
      versions.add(LeadSpecJson.standard().readContract(document));
    }
    return versions;
  }
}
