import { createRoute, type RouteConfig } from "@hono/zod-openapi";
import type { AuditAction, Permission } from "@keyturn/auth-domain";
import type { Context, MiddlewareHandler } from "hono";
import { every } from "hono/combine";
import type { AppEnv, AuthedEnv } from "../app-env.ts";
import { requireAuthenticated, requirePermission, requireRecentSignIn } from "../auth/authorize.ts";
import { auditDenied, type RawTarget } from "../features/audit/public.ts";
import { PROBLEM_RESPONSES } from "./problem-responses.ts";

/** What a route needs: a permission from auth-domain, any valid token, or nothing (public). */
export type RoutePermission = Permission | "authenticated" | "public";

/** OpenAPI extension members every operation carries; the role × route matrix test reads them. */
export const PERMISSION_EXTENSION = "x-keyturn-permission";
export const STEP_UP_EXTENSION = "x-keyturn-step-up";
export const AUDIT_EXTENSION = "x-keyturn-audit-action";

export interface KeyturnRouteOptions {
  permission: RoutePermission;
  /** Records a `denied` audit event with this action when the permission check refuses (403). */
  audit?: { action: AuditAction; target?: (c: Context) => RawTarget };
  /** Requires a recent sign-in (RFC 9470 step-up) on top of the permission. */
  stepUp?: boolean;
}

type BaseConfig = Omit<RouteConfig, "middleware" | "security"> & KeyturnRouteOptions;

type GuardEnv<R extends KeyturnRouteOptions> = R["permission"] extends "public" ? AppEnv : AuthedEnv;

type ErrorResponsesFor<R extends BaseConfig> = Pick<
  typeof PROBLEM_RESPONSES,
  (R["permission"] extends "public" ? never : 401 | 403) | 400 | 413 | 415 | 429 | 503 | 504
>;

export type DefinedRoute<R extends BaseConfig> = Omit<R, keyof KeyturnRouteOptions | "responses"> & {
  middleware: [MiddlewareHandler<GuardEnv<R>>];
  responses: ErrorResponsesFor<R> & R["responses"];
  security: Array<Record<string, string[]>>;
  getRoutingPath(): string;
};

/**
 * The one way to declare a route: `createRoute` plus its permission. It records the permission (and
 * step-up and audit action) in the OpenAPI operation, requires a bearer token unless public, mounts
 * the guards as the route's middleware (audit-denied → permission → step-up) and adds the problem
 * responses. The handler then sees `c.var.identity` as present.
 */
export function defineRoute<const R extends BaseConfig>(config: R): DefinedRoute<R> {
  const { permission, audit, stepUp, responses, ...route } = config;
  const guards: MiddlewareHandler[] = [];
  if (audit && permission !== "public") guards.push(auditDenied(audit) as MiddlewareHandler);
  if (permission === "authenticated") guards.push(requireAuthenticated() as MiddlewareHandler);
  else if (permission !== "public") guards.push(requirePermission(permission) as MiddlewareHandler);
  if (stepUp) guards.push(requireRecentSignIn() as MiddlewareHandler);
  const errors = Object.fromEntries(
    Object.entries(PROBLEM_RESPONSES).filter(
      ([status]) => permission !== "public" || !["401", "403"].includes(status),
    ),
  );
  const defined = createRoute({
    ...route,
    security: permission === "public" ? [] : [{ bearerAuth: [] }],
    [PERMISSION_EXTENSION]: permission,
    ...(stepUp ? { [STEP_UP_EXTENSION]: true } : {}),
    ...(audit ? { [AUDIT_EXTENSION]: audit.action } : {}),
    responses: { ...errors, ...responses },
    middleware: [guards.length === 0 ? passThrough : every(...guards)],
  });
  return defined as unknown as DefinedRoute<R>;
}

const passThrough: MiddlewareHandler = async (_c, next) => next();
