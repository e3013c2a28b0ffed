import { makeStyles, Title2, tokens } from "@fluentui/react-components";
import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useStackStyles } from "./stack-styles";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
  },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** A screen: where it sits (breadcrumb), its `<h1>`, optional actions beside it, its content; keeps the tab title in step. */
export function Page({
  title,
  breadcrumb,
  actions,
  children,
}: {
  title: string;
  /** A `PageBreadcrumb`, above the title as in the Azure portal. */
  breadcrumb?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const styles = useStyles();
  const stack = useStackStyles();
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t("common.app.name")}`;
  }, [title, t]);
  return (
    <section className={stack.l} aria-labelledby="page-title">
      {breadcrumb}
      <div className={styles.header}>
        <Title2 as="h1" id="page-title">
          {title}
        </Title2>
        {actions ? <div className={styles.actions}>{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}
