package io.copydeck.models;

/**
 * A problem the user can fix (a missing file, a wrong tensor shape, a corrupt download).
 * The message names the file and, where there is one, the tensor; the CLI prints it without a stack trace.
 */
public final class ModelException extends RuntimeException {
  public ModelException(String message) {
    super(message);
  }

  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
