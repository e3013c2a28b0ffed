import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { belongsToTenant, tenantOfIssuer } from "./issuer-tenant.ts";

const hosts = fc.constantFrom(
  "login.microsoftonline.com",
  "login.microsoftonline.us",
  "login.partner.microsoftonline.cn",
  "localhost:8443",
);

describe("tenantOfIssuer", () => {
  it("reads the tenant of any host's /<tenant>/v2.0 issuer, lower-cased", () => {
    fc.assert(
      fc.property(hosts, fc.uuid(), fc.boolean(), (host, tenant, upper) => {
        const written = upper ? tenant.toUpperCase() : tenant;
        expect(tenantOfIssuer(`https://${host}/${written}/v2.0`)).toBe(tenant.toLowerCase());
      }),
    );
  });

  it("names no tenant for issuers of another shape", () => {
    const tenant = "fab8fb34-548a-4101-b975-2621a70d2522";
    for (const issuer of [
      "https://localhost:8443",
      "https://login.microsoftonline.com/common/v2.0",
      "https://login.microsoftonline.com/organizations/v2.0",
      `https://sts.windows.net/${tenant}/`,
      `http://login.microsoftonline.com/${tenant}/v2.0`,
      `https://login.microsoftonline.com/${tenant}/v2.0/extra`,
      `https://login.microsoftonline.com/${tenant}`,
    ]) {
      expect(tenantOfIssuer(issuer)).toBeNull();
    }
  });
});

describe("belongsToTenant", () => {
  it("holds exactly when tid names the issuer's tenant (any case); anything passes a tenant-less issuer", () => {
    fc.assert(
      fc.property(fc.uuid(), fc.option(fc.oneof(fc.uuid(), fc.string(), fc.integer())), (tenant, tid) => {
        const payload = tid === null ? {} : { tid };
        const expected = typeof tid === "string" && tid.toLowerCase() === tenant;
        expect(belongsToTenant(payload, tenant)).toBe(expected);
        expect(belongsToTenant(payload, null)).toBe(true);
      }),
    );
    const tenant = "fab8fb34-548a-4101-b975-2621a70d2522";
    expect(belongsToTenant({ tid: tenant.toUpperCase() }, tenant)).toBe(true);
    expect(belongsToTenant({ tid: "00000000-0000-0000-0000-000000000000" }, tenant)).toBe(false);
  });
});
