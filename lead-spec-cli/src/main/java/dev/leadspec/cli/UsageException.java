package dev.leadspec.cli;

/**
 * The command line asks for something that cannot be done as asked (an unknown format, options
 * that contradict each other): exit code 2, before any input is read.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
