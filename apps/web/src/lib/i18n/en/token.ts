/** A deployment's Token tab: the token's times, claims, region and reveal. */
export const token = {
  title: "Token",
  intro:
    "A token is a short-lived JWT issued by the workspace. Keyturn fetches it and keeps it on the server until its refresh-by time; here you see its times and claims.",
  notApplicable: {
    unsupported:
      "ACI services do not support token authentication: only AKS services do. This service authenticates with keys, or not at all, so there is no token to get.",
    keyMode:
      "This service uses key authentication, so there is no token to get. To use tokens, turn token authentication on in its settings; key authentication goes off in the same change.",
    noAuth:
      "Authentication is off for this service, so there is no token to get. To use tokens, turn token authentication on in its settings.",
  },
  get: "Get a token",
  getAgain: "Get the token again",
  getting: "Getting a token…",
  empty: "Get a token to see its claims, a live refresh-by countdown and where it comes from.",
  state: {
    fresh: "Fresh",
    "refresh-due": "Refresh due",
    expired: "Expired",
  },
  announce: {
    fresh: "The token is fresh.",
    "refresh-due": "The token is past its refresh-by time: get a new one.",
    expired: "The token has expired.",
  },
  advice: {
    "refresh-due":
      "The refresh-by time has passed: callers should get a new token now. This one keeps working until it expires.",
    expired: "This token has expired: callers sending it get 401. Get a new one.",
  },
  refreshBy: "Refresh by",
  refreshIn: "in {{time}}",
  refreshNow: "now",
  expiresAt: "Expires",
  expiresIn: "in {{time}}",
  expiredAgo: "expired",
  tokenType: "Type",
  fingerprint: "Fingerprint",
  region: {
    source: "Tokens are issued through the workspace's region, {{region}}.",
    fetch: "This fetch took {{latency}}.",
    cachedFetch: "This token came from Keyturn's cache; fetching it took {{latency}}.",
    stats_one: "Recent fetches from {{region}}: median {{p50}}, 95th percentile {{p95}} ({{count}} fetch).",
    stats_other:
      "Recent fetches from {{region}}: median {{p50}}, 95th percentile {{p95}} ({{count}} fetches).",
    crossRegion:
      "The service runs in {{cluster}}, not in {{region}}: if {{region}} goes down no token can be had, and the further apart the two regions, the slower the fetch. The same region for both is recommended.",
    sameRegion: "The service runs in the same region as the workspace, as recommended.",
  },
  regionDown: {
    title: "The workspace's region is down",
    body: "Tokens come from the workspace's region, {{region}}, so none can be had until it is back, even if the service's cluster runs in another region.",
    bodyUnknownRegion:
      "Tokens come from the workspace's region, so none can be had until it is back, even if the service's cluster runs in another region.",
    keysWork: "Services that use key authentication keep working.",
  },
  reveal: "Reveal the token",
  revealing: "Revealing…",
  revealNote:
    "Every reveal of the token needs a recent sign-in and is recorded in the audit log on its own; it shows for 30 seconds, and seeing it again is another reveal.",
  secret: {
    value: "The token",
    copy: "Copy",
    copied: "Token copied to the clipboard.",
    copyFailed: "The token could not be copied. Select it and copy it by hand.",
    hideNow: "Hide now",
    hiddenIn_one: "Hidden in {{count}} second",
    hiddenIn_other: "Hidden in {{count}} seconds",
  },
  claims: {
    title: "Claims",
    name: "Claim",
    value: "Value",
    empty: "The token carries no claims.",
    notJwt: "This token is not a JWT, so it has no claims to show.",
  },
} as const;
