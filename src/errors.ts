// Typed errors with exit codes. Commands and the io edge throw these; only main() turns them
// into an exit code and a message.

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
  }
}

export class UsageError extends CliError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** The person pressed Ctrl+C or closed the input mid-session. */
export class Interrupted extends CliError {
  constructor(message = 'interrupted') {
    super(message, 130);
  }
}
