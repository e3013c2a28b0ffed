/**
 * A data folder the embedded database cannot use. The message is one line an operator can act on
 * (main.ts prints it and exits non-zero, as for a ConfigError); it names the folder, never a secret.
 */
export class DataDirError extends Error {
  override name = "DataDirError";
}

/** Who holds a data folder's lock, as its lock file says. */
export interface LockHolder {
  pid: number;
  hostname: string;
  startedAt: string;
}

/** Another process (or this one) has the folder open: PGlite is single-process. */
export class DataDirLockedError extends DataDirError {
  override name = "DataDirLockedError";

  constructor(
    readonly dir: string,
    readonly holder: LockHolder,
    readonly lockFile: string,
    sameHost: boolean,
  ) {
    super(
      `The embedded database in ${dir} is in use by process ${holder.pid} on ${holder.hostname} ` +
        `(since ${holder.startedAt}); it allows one process at a time. Stop that process or set ` +
        "KEYTURN_DATA_DIR to another folder." +
        (sameHost ? "" : ` If no such process runs on ${holder.hostname}, delete ${lockFile}.`),
    );
  }
}

/** PGlite could not start on the folder (e.g. `RuntimeError: Aborted()` on a damaged folder). */
export class DataDirOpenError extends DataDirError {
  override name = "DataDirOpenError";

  constructor(
    readonly dir: string,
    cause: unknown,
  ) {
    super(
      `The embedded database in ${dir} could not be opened (${describe(cause)}). To recover: stop every ` +
        `Keyturn process, move the folder aside (e.g. to ${dir}.damaged) and start again to create an ` +
        "empty database; its audit log, policy and connections stay in the moved folder " +
        '(apps/bff/README.md, "Recovering the embedded database").',
      { cause },
    );
  }
}

function describe(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  // Emscripten's abort text ends with a build hint that means nothing to an operator.
  const message = cause.message.replace(/\.?\s*Build with -sASSERTIONS.*$/s, "");
  return `${cause.name}: ${message}`.slice(0, 200);
}
