import { ConfigError, loadConfig } from "../../env.ts";
import { SECRET_FIELD } from "../../logger.ts";
import type { Layout } from "../layout.ts";
import { identityChecks, registrationChecks } from "./identity-checks.ts";
import { keyChecks } from "./key-checks.ts";
import { fail, type Outcome, reason } from "./outcome.ts";
import { connectionChecks, databaseChecks } from "./store-checks.ts";

type Env = Readonly<Record<string, string | undefined>>;

/**
 * `pnpm --filter @keyturn/bff doctor` (or `node doctor.js` in the bundle): checks a production
 * environment before the BFF starts on it and prints each check, with the fix for each failure.
 * Returns the exit code: 1 if any check failed. Prints no secret: values come out only as names,
 * hosts and counts, and every line is scrubbed of the secret variables' values besides.
 */
export async function runDoctor(env: Env, layout: Layout, write: (line: string) => void): Promise<0 | 1> {
  const print = redactor(env, write);
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(env, layout.fallbackEnv);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    report(print, [
      [
        "configuration",
        {
          status: "fail",
          detail: err.message,
          fix: "correct the variables named above (docs/production.md)",
        },
      ],
    ]);
    return 1;
  }
  print(`Keyturn doctor: mode ${config.mode}, issuer ${config.auth.issuer}`);
  const checks: Array<[string, Outcome]> = [
    ["configuration", { status: "ok", detail: "every variable is valid" }],
  ];
  try {
    checks.push(...(await identityChecks(config)), ...registrationChecks(config, env));
    const keys = await keyChecks(config);
    const store = await databaseChecks(config, layout.migrationsFolder);
    try {
      const listed = await connectionChecks(config, store.migrated ? store.database : null, keys.masterKey);
      checks.push(...store.checks, ...keys.checks, ...listed);
    } finally {
      await store.database?.close();
    }
  } catch (err) {
    const detail = `stopped by an unexpected error: ${reason(err)}`;
    checks.push(["doctor", fail(detail, "report it with the lines above")]);
  }
  return report(print, checks);
}

/** The doctor as a process: its lines on stdout, its verdict as the exit code. */
export function doctorProcess(layout: Layout): void {
  runDoctor(process.env, layout, (line) => process.stdout.write(`${line}\n`)).then(
    (code) => process.exit(code),
    () => process.exit(1),
  );
}

function report(print: (line: string) => void, checks: Array<[string, Outcome]>): 0 | 1 {
  for (const [name, outcome] of checks) {
    print(`${outcome.status.toUpperCase().padEnd(4)}  ${name}: ${outcome.detail}`);
    if (outcome.status !== "ok") print(`      fix: ${outcome.fix}`);
  }
  const failed = checks.filter(([, outcome]) => outcome.status === "fail").length;
  print(failed === 0 ? `all ${checks.length} checks passed` : `${failed} of ${checks.length} checks failed`);
  return failed === 0 ? 0 : 1;
}

/** Values that must never be printed: every secret-named variable, and DATABASE_URL's password. */
function redactor(env: Env, write: (line: string) => void): (line: string) => void {
  const secrets = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (!value || value.trim().length < 4) continue;
    if (SECRET_FIELD.test(name) || /(pepper|pass)$/i.test(name)) secrets.add(value.trim());
    if (/^postgres(ql)?:\/\//.test(value)) {
      try {
        const password = decodeURIComponent(new URL(value).password);
        if (password) secrets.add(password);
      } catch {
        secrets.add(value);
      }
    }
  }
  const ordered = [...secrets].sort((a, b) => b.length - a.length);
  return (line) => write(ordered.reduce((text, secret) => text.split(secret).join("[redacted]"), line));
}
