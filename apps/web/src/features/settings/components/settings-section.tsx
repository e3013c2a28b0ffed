import { makeStyles, Subtitle1, Text, tokens } from "@fluentui/react-components";
import { type ReactNode, useId } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { maxWidth: "80ch", color: tokens.colorNeutralForeground2 },
});

/** One part of the settings screen: a landmark region named by its `<h2>`, an intro, its content. */
export function SettingsSection({
  title,
  intro,
  children,
}: {
  title: string;
  intro: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId}>
        {title}
      </Subtitle1>
      <Text as="p" className={styles.intro}>
        {intro}
      </Text>
      {children}
    </section>
  );
}
