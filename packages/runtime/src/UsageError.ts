/**
 * A mistake in how an example or the `rxdsp` command was called (an unknown option,
 * a value out of range, a device that does not exist). Command-line front ends print
 * its message as one line and exit with status 2, never with a stack trace.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
