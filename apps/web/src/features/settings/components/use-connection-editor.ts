import type { Connection } from "@keyturn/api-contract";
import { ConnectionBodySchema, ConnectionUpdateSchema } from "@keyturn/auth-domain";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import type { ApiProblem } from "../../../lib/api-client";
import { useCreateConnection } from "../api/create-connection";
import { connectionsQueryOptions } from "../api/get-connections";
import { useUpdateConnection } from "../api/update-connection";
import { type ConnectionDraft, checkDraft, draftOf, emptyDraft, secretsToEnter } from "../connection-draft";
import { FIELD_PATHS, type FieldPath, fieldOf, type Problems, problemOf } from "../connection-fields";

/** Which draft value each field edits. */
export const DRAFT_KEY = {
  name: "name",
  subscriptionId: "subscriptionId",
  resourceGroup: "resourceGroup",
  workspace: "workspace",
  baseUrl: "baseUrl",
  "credential.authority": "authority",
  "credential.clientId": "clientId",
  "credential.clientSecret": "clientSecret",
  "credential.reader.clientId": "readerClientId",
  "credential.reader.clientSecret": "readerSecret",
} as const satisfies Record<FieldPath, keyof ConnectionDraft>;

/** The BFF's refusal placed on the fields it names (409: the name is taken). */
function serverProblems(error: ApiProblem): Problems {
  if (error.code === "conflict") return { name: "nameTaken" };
  if (error.code !== "validation_failed" && error.code !== "secret_reentry_required") return {};
  const problems: Problems = {};
  for (const { path, message } of error.errors) {
    const field = fieldOf(path);
    if (field) problems[field] ??= problemOf(field, message);
  }
  return problems;
}

/**
 * The add / edit form's state: the draft, the rules checked as the user types (shown once a field is
 * left or a save is tried), the BFF's refusals on their fields, and a reload after a 412.
 * `connection`: the connection to change (its ETag goes out as `If-Match`); absent: a new one.
 */
export function useConnectionEditor(
  connection: Connection | undefined,
  onSaved: (saved: Connection) => void,
) {
  const queryClient = useQueryClient();
  const create = useCreateConnection();
  const update = useUpdateConnection();
  const mutation = connection ? update : create;
  const [base, setBase] = useState(connection);
  const [draft, setDraft] = useState(() => (connection ? draftOf(connection) : emptyDraft()));
  const [touched, setTouched] = useState<ReadonlySet<FieldPath>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<Problems>({});
  const [reloaded, setReloaded] = useState<"current" | "gone" | null>(null);
  const inputs = useRef(new Map<FieldPath, HTMLElement>());

  const stored = base ?? null;
  const check = base
    ? checkDraft(ConnectionUpdateSchema, draft, stored)
    : checkDraft(ConnectionBodySchema, draft, stored);
  /** Which secrets must be typed now (a changed address or issuer asks for the stored ones again). */
  const secrets = secretsToEnter(draft, stored);
  const own = check.ok ? {} : check.problems;
  const dirty = !base || JSON.stringify(draft) !== JSON.stringify(draftOf(base));
  const problem = (field: FieldPath) =>
    server[field] ?? (submitted || touched.has(field) ? own[field] : undefined);
  const focusFirst = (problems: Problems) =>
    inputs.current.get(FIELD_PATHS.find((field) => problems[field]) ?? "name")?.focus();

  const change = <K extends keyof ConnectionDraft>(key: K, value: ConnectionDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    const field = FIELD_PATHS.find((path) => DRAFT_KEY[path] === key);
    if (field) setServer(({ [field]: _dropped, ...rest }) => rest);
  };
  const blur = (field: FieldPath) => setTouched((current) => new Set(current).add(field));

  const onError = (error: ApiProblem) => {
    const placed = serverProblems(error);
    setServer(placed);
    if (Object.keys(placed).length > 0) focusFirst(placed);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending || !dirty) return; // Enter in a field submits too: nothing changed, nothing sent
    setSubmitted(true);
    setReloaded(null);
    if (!check.ok) return focusFirst(check.problems);
    const { body } = check;
    if (base) update.mutate({ id: base.id, body, etag: base.etag }, { onSuccess: onSaved, onError });
    else if (body.credential)
      create.mutate({ ...body, credential: body.credential }, { onSuccess: onSaved, onError });
  };

  /**
   * After a 412 / 428: the connection as it is now, the user's changes dropped (they were not
   * saved). Rejects when the list cannot be read (the explanation and its Reload stay).
   */
  const reload = async () => {
    if (!base) return;
    const list = await queryClient.fetchQuery({ ...connectionsQueryOptions(), staleTime: 0 });
    const fresh = list.items.find((item) => item.id === base.id);
    mutation.reset();
    setServer({});
    setSubmitted(false);
    setTouched(new Set());
    setReloaded(fresh ? "current" : "gone");
    if (!fresh) return;
    setBase(fresh);
    setDraft(draftOf(fresh));
  };

  return { base, draft, secrets, change, blur, problem, inputs, submit, reload, reloaded, dirty, mutation };
}
export type ConnectionEditor = ReturnType<typeof useConnectionEditor>;
