/** The migration feature's query keys, under one prefix (`migration`) that invalidates them all. */
export const migrationQueryKeys = {
  all: ["migration"] as const,
  plan: (workspace: string, name: string) => ["migration", "plan", workspace, name] as const,
  fleet: ["migration", "fleet"] as const,
};
