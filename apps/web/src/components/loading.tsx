import { makeStyles, Spinner, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  page: { display: "grid", placeItems: "center", minHeight: "100vh" },
  inline: { display: "flex", justifyContent: "center", padding: tokens.spacingVerticalXXL },
});

/** A labelled spinner; `fullPage` centres it in the viewport (startup, sign-in). */
export function Loading({ label, fullPage = false }: { label: string; fullPage?: boolean }) {
  const styles = useStyles();
  return (
    <div className={fullPage ? styles.page : styles.inline}>
      <Spinner label={label} />
    </div>
  );
}
