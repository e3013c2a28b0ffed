import { makeStyles, tokens } from "@fluentui/react-components";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { usePermissions } from "../../lib/auth/permissions";
import { NAV_ORDER, SCREENS } from "../screens";

const useStyles = makeStyles({
  rail: {
    gridArea: "nav",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
    borderInlineEndWidth: tokens.strokeWidthThin,
    borderInlineEndStyle: "solid",
    borderInlineEndColor: tokens.colorNeutralStroke2,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  link: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecoration: "none",
    ":hover": { backgroundColor: tokens.colorNeutralBackground2Hover },
    '&[aria-current="page"]': {
      backgroundColor: tokens.colorNeutralBackground1Selected,
      fontWeight: tokens.fontWeightSemibold,
      boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
    },
  },
});

/**
 * The side navigation: a link per screen the signed-in user may open (others are not shown). In the
 * phone layout the same links sit in a drawer (`inDrawer`), which closes once one is followed.
 */
export function SideNav({ inDrawer = false, onNavigate }: { inDrawer?: boolean; onNavigate?: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const permissions = usePermissions();
  const screens = NAV_ORDER.map((key) => SCREENS[key]).filter((screen) => permissions.has(screen.permission));
  return (
    <nav className={inDrawer ? undefined : styles.rail} aria-label={t("common.a11y.mainNavigation")}>
      <ul className={styles.list}>
        {screens.map(({ path, label, icon: Icon }) => (
          <li key={path}>
            <Link to={path} className={styles.link} onClick={onNavigate}>
              <Icon aria-hidden="true" />
              {t(label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
