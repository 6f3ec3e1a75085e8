package dev.leadspec.test;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Clears {@code -Dleadspec.seed} and {@code -Dleadspec.tries} around each test and restores them
 * after: tests that check the seed a message names must not change when a developer explores
 * another seed for the rest of the build.
 */
final class SeedProperties implements BeforeEachCallback, AfterEachCallback {
  private static final String[] NAMES = {LeadProperty.SEED_PROPERTY, LeadProperty.TRIES_PROPERTY};
  private final String[] saved = new String[NAMES.length];

  @Override
  public void beforeEach(ExtensionContext context) {
    for (int i = 0; i < NAMES.length; i++) {
      saved[i] = System.getProperty(NAMES[i]);
      System.clearProperty(NAMES[i]);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    for (int i = 0; i < NAMES.length; i++) {
      if (saved[i] == null) {
        System.clearProperty(NAMES[i]);
      } else {
        System.setProperty(NAMES[i], saved[i]);
      }
    }
  }
}
