import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { Section } from "../../../components/section";

const useStyles = makeStyles({
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
  return (
    <Section title={title}>
      <Text as="p" className={styles.intro}>
        {intro}
      </Text>
      {children}
    </Section>
  );
}
