import { execFile, execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

// Client snippets run as a reader would run them: each in its own process (async, since the emulator
// they call answers from the test's process), with only the environment the snippet asks for.

const TSX = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../node_modules/.bin/tsx");

async function runFile(
  name: string,
  code: string,
  command: (file: string) => [string, string[]],
  env: Record<string, string>,
): Promise<unknown> {
  const dir = await mkdtemp(path.join(tmpdir(), "keyturn-snippet-"));
  try {
    const file = path.join(dir, name);
    await writeFile(file, code);
    const [program, args] = command(file);
    const { stdout } = await promisify(execFile)(program, args, {
      timeout: 20_000,
      env: { PATH: process.env.PATH ?? "", HOME: dir, ...env },
    });
    return JSON.parse(stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs a TypeScript snippet with tsx; answers what it printed, read as JSON. */
export const runTypeScript = (code: string, env: Record<string, string> = {}) =>
  runFile("snippet.mts", `${code}\nexport {};\n`, (file) => [TSX, [file]], env);

/** Runs a Python snippet with the machine's python3 (it needs `requests`). */
export const runPython = (code: string, env: Record<string, string> = {}) =>
  runFile("snippet.py", code, (file) => ["python3", [file]], env);

/** Runs a POSIX shell snippet with sh. */
export const runShell = (code: string, env: Record<string, string> = {}) =>
  runFile("snippet.sh", code, (file) => ["sh", [file]], env);

/** Throws unless sh parses the script. */
export const shellParses = (script: string) => execFileSync("sh", ["-n"], { input: script });
