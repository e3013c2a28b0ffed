import { OpenAPIHono, type RouteConfig, type RouteHandler } from "@hono/zod-openapi";
import type { Env, MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.ts";
import { validationHook } from "../errors/on-error.ts";

/** A router for one resource (`<resource>.index.ts`): validation failures answer 400 problems. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}

/** A handler typed by its route: input, responses and the route's guard env (identity present). */
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv & RouteEnv<R>>;

type RouteEnv<R extends RouteConfig> = R["middleware"] extends [infer M]
  ? M extends MiddlewareHandler<infer E extends Env>
    ? E
    : Env
  : Env;
