import type { Connection } from "@keyturn/api-contract";
import { json } from "../../testing/fake-api";

/** Connections as `GET /api/connections` lists them, for the settings tests. */
export const EMULATOR: Connection = {
  id: "7f1c0d4e-0000-4000-8000-000000000001",
  name: "Emulator (keyturn-dev)",
  subscriptionId: "00000000-0000-0000-0000-000000000000",
  resourceGroup: "keyturn-dev",
  workspace: null,
  baseUrl: "http://localhost:8181",
  credential: {
    kind: "client_secret",
    authority: "https://login.example.test/tenant-1",
    clientId: "keyturn-bff",
    secretFingerprint: "a1b2c3d4e5f6",
    reader: { clientId: "keyturn-reader", secretFingerprint: "0f9e8d7c6b5a" },
  },
  workspaceCount: 3,
  deploymentCount: 16,
  version: 2,
  updatedAt: "2026-03-02T09:30:00.000Z",
  etag: '"connection-7f1c0d4e-0000-4000-8000-000000000001-2"',
};

export const RESEARCH: Connection = {
  id: "7f1c0d4e-0000-4000-8000-000000000002",
  name: "Research",
  subscriptionId: "1b6a53f4-7c2d-4e8a-9f3b-2d5c8e1a0b7f",
  resourceGroup: "rg-research",
  workspace: "ws-research-japaneast",
  baseUrl: "https://management.azure.com",
  credential: { kind: "managed_identity", clientId: null, reader: null },
  workspaceCount: 1,
  deploymentCount: 1,
  version: 1,
  updatedAt: "2026-03-01T08:00:00.000Z",
  etag: '"connection-7f1c0d4e-0000-4000-8000-000000000002-1"',
};

/** The list answer. */
export const connectionList = (...items: Connection[]) => json({ items });

/** A connection answered with its ETag header, as the BFF does for a POST or PUT. */
export const connectionAnswer = (connection: Connection, status = 200) =>
  json(connection, status, { ETag: connection.etag });
