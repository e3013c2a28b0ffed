import { createMiddleware } from "hono/factory";

/** The workspace a control-plane path names (v1 and ARM paths both hold `/workspaces/<name>`). */
const WORKSPACE_IN_PATH = /\/workspaces\/([^/?]+)/i;

export interface InFlightView {
  /** Requests naming a workspace being answered now. */
  requests: number;
  /** The most at once since the last reset. */
  maxRequests: number;
  /** Distinct workspaces with a request being answered now, and the most at once. */
  workspaces: number;
  maxWorkspaces: number;
}

/**
 * Counts the requests naming a workspace while they are answered, so a test can see how many the
 * console has in flight at once (its concurrency bound) from the provider's side. In memory only.
 */
export class InFlight {
  private requests = 0;
  private maxRequests = 0;
  private readonly perWorkspace = new Map<string, number>();
  private maxWorkspaces = 0;

  enter(workspace: string): void {
    this.requests++;
    this.perWorkspace.set(workspace, (this.perWorkspace.get(workspace) ?? 0) + 1);
    this.maxRequests = Math.max(this.maxRequests, this.requests);
    this.maxWorkspaces = Math.max(this.maxWorkspaces, this.perWorkspace.size);
  }

  leave(workspace: string): void {
    this.requests--;
    const left = (this.perWorkspace.get(workspace) ?? 1) - 1;
    if (left <= 0) this.perWorkspace.delete(workspace);
    else this.perWorkspace.set(workspace, left);
  }

  view(): InFlightView {
    return {
      requests: this.requests,
      maxRequests: this.maxRequests,
      workspaces: this.perWorkspace.size,
      maxWorkspaces: this.maxWorkspaces,
    };
  }

  /** Starts a new measurement: the maxima become what is in flight now. */
  resetMax(): void {
    this.maxRequests = this.requests;
    this.maxWorkspaces = this.perWorkspace.size;
  }

  /** Counts every request whose path names a workspace, from arrival to its answer (errors included). */
  middleware() {
    return createMiddleware(async (c, next) => {
      const workspace = WORKSPACE_IN_PATH.exec(c.req.path)?.[1]?.toLowerCase();
      if (workspace === undefined) return next();
      this.enter(workspace);
      try {
        await next();
      } finally {
        this.leave(workspace);
      }
    });
  }
}
