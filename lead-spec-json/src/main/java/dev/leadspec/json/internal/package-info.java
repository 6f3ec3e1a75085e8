/**
 * Internal, not an API: the one canonical contract writer (contract to JSON tree and bytes) and
 * the contract fingerprint, shared by {@code dev.leadspec.eval} (fingerprints in verdicts) and
 * {@code dev.leadspec.json} (the public facade). Depends on the model only.
 *
 * <p>Entry type: {@link dev.leadspec.json.internal.CanonicalJson}.
 */
@NullMarked
package dev.leadspec.json.internal;

import org.jspecify.annotations.NullMarked;
