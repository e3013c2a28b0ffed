import { type CreateDeploymentBody, CreateDeploymentBodySchema } from "@keyturn/api-contract";
import {
  type AuthSettings,
  type ComputeTarget,
  defaultAuthSettings,
  type Region,
} from "@keyturn/auth-domain";
import type { z } from "zod";

export const WIZARD_STEPS = ["target", "resources", "auth", "review"] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** What the wizard has been told so far. Numbers stay text while typed (an empty box is not 0). */
export interface NewDeploymentDraft {
  workspace: string;
  name: string;
  computeType: ComputeTarget;
  cpu: string;
  memoryInGB: string;
  /** AKS: the cluster to deploy to. */
  computeName: string;
  /** ACI: the container group's region; empty = the workspace's. */
  location: Region | "";
  auth: AuthSettings;
}

/** The seed's example resources (1 core, 1 GB) and ACI's auth defaults. */
export function initialDraft(workspace = ""): NewDeploymentDraft {
  return {
    workspace,
    name: "",
    computeType: "ACI",
    cpu: "1",
    memoryInGB: "1",
    computeName: "",
    location: "",
    auth: defaultAuthSettings("ACI"),
  };
}

/** Choosing a target resets the auth settings to that target's defaults (auth-domain). */
export function withTarget(draft: NewDeploymentDraft, computeType: ComputeTarget): NewDeploymentDraft {
  return { ...draft, computeType, auth: defaultAuthSettings(computeType) };
}

const toNumber = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

/** The request body the draft stands for (not yet validated). */
export function toBody(draft: NewDeploymentDraft): CreateDeploymentBody {
  const aks = draft.computeType === "AKS";
  return {
    name: draft.name.trim(),
    computeType: draft.computeType,
    cpu: toNumber(draft.cpu),
    memoryInGB: toNumber(draft.memoryInGB),
    ...(aks ? { computeName: draft.computeName.trim() } : {}),
    ...(!aks && draft.location ? { location: draft.location } : {}),
    keyAuth: draft.auth.keyAuth,
    tokenAuth: draft.auth.tokenAuth,
  };
}

export type DraftField = "workspace" | "name" | "cpu" | "memoryInGB" | "computeName";
const STEP_FIELDS: Record<WizardStep, readonly DraftField[]> = {
  target: ["workspace", "name"],
  resources: ["cpu", "memoryInGB", "computeName"],
  auth: [],
  review: ["workspace", "name", "cpu", "memoryInGB", "computeName"],
};

/** The fields of a step that are not valid yet (checked with the request's own schema). */
export function invalidFields(draft: NewDeploymentDraft, step: WizardStep): DraftField[] {
  const invalid = new Set<DraftField>();
  if (draft.workspace === "") invalid.add("workspace");
  const result = CreateDeploymentBodySchema.safeParse(toBody(draft));
  if (!result.success) {
    for (const issue of (result.error as z.ZodError).issues) invalid.add(issue.path[0] as DraftField);
  }
  return STEP_FIELDS[step].filter((field) => invalid.has(field));
}
