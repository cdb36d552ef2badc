// How a session runs and ends in a terminal.

/** A dumb terminal cannot move the cursor, which every interactive prompt needs: it gets the plain UI. */
export function usesPlainUI(plain: boolean | undefined, term: string | undefined): boolean {
  return Boolean(plain) || term === 'dumb';
}

/**
 * The exit code a finished session leaves, if not 0: a signal is an interruption (130 for
 * SIGINT, 143 for SIGTERM); so is an abandoned interactive session (Ctrl+C). Closed input ends
 * a plain session normally.
 */
export function sessionExitCode(signalled: 'SIGINT' | 'SIGTERM' | null, abandoned: boolean, plain: boolean): number | undefined {
  if (signalled) return signalled === 'SIGTERM' ? 143 : 130;
  if (abandoned && !plain) return 130;
  return undefined;
}
