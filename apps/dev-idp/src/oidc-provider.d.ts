// oidc-provider ships no type declarations and @types/oidc-provider is not installed: this declares
// only the surface dev-idp uses. Files importing "oidc-provider" reference it with a triple-slash
// directive so packages that import dev-idp's source type-check too.
declare module "oidc-provider" {
  import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";

  export type UnknownObject = Record<string, unknown>;

  export interface ClientLike {
    clientId: string;
    clientAuthMethod: string;
    grantTypeAllowed(type: string): boolean;
  }

  /** The token an access-token or client-credentials JWT is made from. */
  export interface TokenLike {
    kind: string;
    accountId?: string;
    clientId: string;
    scope?: string;
    resourceServer?: { audience?: string };
  }

  export interface CodeLike {
    authTime?: number;
  }

  export interface OidcContext {
    params: Record<string, unknown> & { scope?: string; login_hint?: string };
    client?: ClientLike;
    route?: string;
    session?: { accountId?: string };
    result?: { login?: unknown };
    entities: {
      AuthorizationCode?: CodeLike;
      RefreshToken?: CodeLike;
      RotatedRefreshToken?: { remainingTTL: number };
    };
  }

  /** The Koa context oidc-provider hands to its callbacks (only what dev-idp touches). */
  export interface KoaContextWithOIDC {
    oidc: OidcContext;
    body: unknown;
    type: string;
    status: number;
    host: string;
    set(field: string, value: string): void;
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): Promise<UnknownObject> | UnknownObject;
  }

  export interface PromptDetails {
    name: string;
    reasons: string[];
    details: {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
      missingResourceScopes?: Record<string, string[]>;
    };
  }

  export interface Interaction {
    uid: string;
    prompt: PromptDetails;
    params: Record<string, unknown> & { client_id?: string; login_hint?: string };
    session?: { accountId?: string; uid?: string };
    grantId?: string;
  }

  export interface Grant {
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    addResourceScope(resource: string, scope: string): void;
    save(): Promise<string>;
  }

  export interface GrantStatic {
    new (properties: { accountId: string; clientId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
  }

  export interface InteractionResult {
    login?: { accountId: string; remember?: boolean };
    consent?: { grantId?: string };
  }

  export type Configuration = UnknownObject;

  export class Provider {
    constructor(issuer: string, configuration: Configuration);
    readonly issuer: string;
    readonly Grant: GrantStatic;
    callback(): RequestListener;
    on(event: string, listener: (...args: unknown[]) => void): this;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResult,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
  }

  class OIDCProviderError extends Error {
    constructor(description?: string, detail?: string);
    status: number;
    error: string;
    error_description?: string;
  }

  export const errors: {
    OIDCProviderError: typeof OIDCProviderError;
    InvalidTarget: typeof OIDCProviderError;
    InvalidScope: typeof OIDCProviderError;
    SessionNotFound: typeof OIDCProviderError;
  };

  class Check {
    constructor(
      reason: string,
      description: string,
      check: (ctx: KoaContextWithOIDC) => boolean | Promise<boolean>,
    );
    static REQUEST_PROMPT: true;
    static NO_NEED_TO_PROMPT: false;
  }

  export interface Prompt {
    name: string;
    checks: { add(check: Check): void };
  }

  export interface Policy extends Array<Prompt> {
    get(name: string): Prompt | undefined;
  }

  export const interactionPolicy: { base(): Policy; Check: typeof Check };

  export default Provider;
}
