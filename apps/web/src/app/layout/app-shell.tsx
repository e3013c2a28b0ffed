import { makeStyles, tokens } from "@fluentui/react-components";
import { Outlet, useMatches, useRouterState } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ErrorView } from "../../components/error-view";
import { Loading } from "../../components/loading";
import { MAIN_CONTENT_ID, SkipLink } from "../../components/skip-link";
import { useMe } from "../../lib/auth/get-me";
import { usePermissions } from "../../lib/auth/permissions";
import { NARROW_SCREEN, useNarrowScreen } from "./narrow-screen";
import { NoRoleBanner } from "./no-role-banner";
import { NotAllowed } from "./not-allowed";
import { SideNav } from "./side-nav";
import { TopBar } from "./top-bar";

const useStyles = makeStyles({
  shell: {
    display: "grid",
    gridTemplateAreas: `"header header" "nav main"`,
    gridTemplateColumns: "minmax(200px, 240px) 1fr",
    gridTemplateRows: "auto 1fr",
    minHeight: "100vh",
    [NARROW_SCREEN]: { gridTemplateAreas: `"header" "main"`, gridTemplateColumns: "minmax(0, 1fr)" },
  },
  main: {
    gridArea: "main",
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    minWidth: 0,
    ":focus": { outlineStyle: "none" },
    [NARROW_SCREEN]: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}` },
  },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

/** The layout every signed-in screen stands on: banner, navigation, main content. */
export function AppShell() {
  const styles = useStyles();
  const { t } = useTranslation();
  const me = useMe();
  const permissions = usePermissions();
  const required = useMatches({
    select: (matches) => matches.findLast((match) => match.staticData.permission)?.staticData.permission,
  });
  const pathname = useRouterState({ select: (state) => state.resolvedLocation?.pathname });
  const mainRef = useRef<HTMLElement>(null);
  const narrow = useNarrowScreen();
  const previousPath = useRef<string | undefined>(undefined);

  // After a navigation (not the first page), move focus to the new content so keyboard and
  // screen-reader users land there.
  useEffect(() => {
    if (previousPath.current !== undefined && pathname !== previousPath.current) mainRef.current?.focus();
    previousPath.current = pathname;
  }, [pathname]);

  let content = <Outlet />;
  if (me.isPending) content = <Loading label={t("common.app.loading")} />;
  else if (me.isError) content = <ErrorView error={me.error} onRetry={() => void me.refetch()} />;
  else if (required && !permissions.has(required)) content = <NotAllowed permission={required} />;

  return (
    <div className={styles.shell}>
      <SkipLink />
      <TopBar />
      {narrow ? null : <SideNav />}
      <main id={MAIN_CONTENT_ID} ref={mainRef} tabIndex={-1} className={styles.main}>
        <div className={styles.content}>
          <NoRoleBanner />
          {content}
        </div>
      </main>
    </div>
  );
}
