import { makeStyles, Title2, tokens } from "@fluentui/react-components";
import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useStackStyles } from "./stack-styles";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
  },
});

/** A screen: its `<h1>`, optional actions beside it, its content; keeps the tab title in step. */
export function Page({
  title,
  actions,
  children,
}: {
  title: string;
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
      <div className={styles.header}>
        <Title2 as="h1" id="page-title">
          {title}
        </Title2>
        {actions}
      </div>
      {children}
    </section>
  );
}
