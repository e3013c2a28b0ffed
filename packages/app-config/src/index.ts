export { describeEnvironment, type EnvironmentRow, environmentTable } from "./describe-environment.ts";
export { ConfigError, parseEnvironment } from "./parse-environment.ts";
export { findRepoRoot, resolveDataDir } from "./repo-root.ts";
