import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  hasPermission,
  knownRoles,
  PERMISSION_MATRIX,
  PERMISSIONS,
  type Permission,
  permissionsOf,
  ROLES,
  type Role,
  SIGNED_IN_PERMISSIONS,
} from "./roles.ts";

/**
 * The permissions table of docs/architecture.md, copied by hand: one row per action, ✓ = allowed, blank = denied. The "no role" column
 * is any signed-in user of the tenant (decision record 006). Changing who may do what means changing
 * docs/architecture.md, this grid and the matrix together.
 */
const DESIGN_TABLE = `
| permission         | Operator | KeyRotator | Auditor | Admin | no role | action in docs/architecture.md
| inventory:read     |    ✓     |     ✓      |    ✓    |   ✓   |    ✓    | view inventory, deployment auth settings, key metadata
| deployment:write   |    ✓     |            |         |       |         | create / delete deployments, change auth settings
| key:regenerate     |    ✓     |     ✓      |         |       |         | regenerate a key, run a rotation
| secret:reveal      |    ✓     |     ✓      |         |       |         | reveal a key or token (step-up, audited, each time)
| token:get-and-test |    ✓     |     ✓      |         |       |         | get a token, run test calls
| enforcement:verify |    ✓     |     ✓      |    ✓    |   ✓   |         | verify enforcement (negative checks, no secret shown)
| audit:read         |          |            |    ✓    |   ✓   |         | read and export the audit log, verify its integrity
| posture:read       |    ✓     |     ✓      |    ✓    |   ✓   |         | posture report
| settings:admin     |          |            |         |   ✓   |         | workspace connections, rotation policies
`;

const [header = [], ...rows] = DESIGN_TABLE.trim()
  .split("\n")
  .map((line) => line.split("|").map((cell) => cell.trim()));
const tableRoles = header.slice(2, 6);
const expected = new Map<string, Set<string>>(
  rows.map((cells) => [cells[1] ?? "", new Set(tableRoles.filter((_, i) => cells[i + 2] === "✓"))]),
);
const allows = (role: string, permission: Permission) => expected.get(permission)?.has(role) ?? false;
const baseline = (permission: Permission) => rows.find((cells) => cells[1] === permission)?.[6] === "✓";

const role = fc.constantFrom(...ROLES);
const permission = fc.constantFrom(...PERMISSIONS);
/** Strings that are not roles, including near misses a careless comparison would let through. */
const unknownRole = fc
  .oneof(
    fc.string(),
    fc.constantFrom(
      "admin",
      "ADMIN",
      " Admin",
      "Admin ",
      "operator",
      "Reader",
      "__proto__",
      "toString",
      "*",
      "",
    ),
    role.map((r) => `${r}s`),
  )
  .filter((s) => !(ROLES as readonly string[]).includes(s));
const roleSet = fc.array(fc.oneof(role, unknownRole), { maxLength: 6 });

describe("the permission matrix", () => {
  it("has the design's roles and one row per permission, nothing else", () => {
    expect(tableRoles).toEqual([...ROLES]);
    expect(header[6]).toBe("no role");
    expect(SIGNED_IN_PERMISSIONS).toEqual(PERMISSIONS.filter(baseline));
    expect([...expected.keys()].sort()).toEqual([...PERMISSIONS].sort());
    expect(Object.keys(PERMISSION_MATRIX).sort()).toEqual([...PERMISSIONS].sort());
  });

  for (const p of PERMISSIONS) {
    for (const r of ROLES) {
      it(`${p} × ${r}: ${allows(r, p) ? "allowed" : "denied"}, as docs/architecture.md says`, () => {
        expect(hasPermission([r], p)).toBe(allows(r, p));
        expect(PERMISSION_MATRIX[p].includes(r)).toBe(allows(r, p));
      });
    }
    it(`${p} × no role: ${baseline(p) ? "allowed" : "denied"}`, () => {
      expect(hasPermission([], p)).toBe(baseline(p));
    });
  }

  it("gives the signed-in baseline to every role too (a role never takes a permission away)", () => {
    for (const p of SIGNED_IN_PERMISSIONS) for (const r of ROLES) expect(allows(r, p)).toBe(true);
  });
});

describe("hasPermission", () => {
  it("for any set of roles equals the union of the single-role answers", () => {
    fc.assert(
      fc.property(roleSet, permission, (roles, p) => {
        expect(hasPermission(roles, p)).toBe(baseline(p) || roles.some((r) => hasPermission([r], p)));
        expect(hasPermission(roles, p)).toBe(baseline(p) || roles.some((r) => allows(r, p)));
      }),
    );
  });

  it("denies by default: the empty set and unknown roles grant the signed-in baseline only", () => {
    expect(PERMISSIONS.filter((p) => hasPermission([], p))).toEqual(["inventory:read"]);
    fc.assert(
      fc.property(fc.array(unknownRole, { maxLength: 5 }), permission, (roles, p) => {
        expect(hasPermission(roles, p)).toBe(SIGNED_IN_PERMISSIONS.includes(p));
      }),
    );
  });
});

describe("permissionsOf / knownRoles", () => {
  it("permissionsOf lists exactly the permissions the roles hold, in table order", () => {
    fc.assert(
      fc.property(roleSet, (roles) => {
        expect(permissionsOf(roles)).toEqual(
          PERMISSIONS.filter((p) => baseline(p) || roles.some((r) => allows(r, p))),
        );
      }),
    );
  });

  it("knownRoles keeps exactly the known roles, once each, in a stable order", () => {
    fc.assert(
      fc.property(roleSet, (roles) => {
        const known = knownRoles(roles);
        expect(known).toEqual(ROLES.filter((r: Role) => roles.includes(r)));
        expect(new Set(known).size).toBe(known.length);
      }),
    );
  });
});
