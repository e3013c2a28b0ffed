import { lazy, Suspense } from "react";
import { useMe } from "../../lib/auth/get-me";

const NoRoleMessage = lazy(() =>
  import("./no-role-message").then((module) => ({ default: module.NoRoleMessage })),
);

/**
 * On every screen, for a user signed in without any Keyturn role, what they can do and who can give
 * them more, so no disabled control is the first to say it. Its code loads only for such a user.
 */
export function NoRoleBanner() {
  const { data: me } = useMe();
  if (!me || me.roles.length > 0) return null;
  return (
    <Suspense fallback={null}>
      <NoRoleMessage />
    </Suspense>
  );
}
