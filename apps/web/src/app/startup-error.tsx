import { Button, makeStyles, Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { Alert } from "../components/alert";

const useStyles = makeStyles({
  page: { display: "grid", placeItems: "center", minHeight: "100vh", padding: "16px" },
});

/** Keyturn could not read its sign-in settings (`GET /api/config`): nothing else can work. */
export function StartupError() {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <main className={styles.page}>
      <Alert
        title={t("common.app.startupFailed")}
        action={<Button onClick={() => window.location.reload()}>{t("common.retry")}</Button>}
      >
        <Text>{t("common.app.startupFailedBody")}</Text>
      </Alert>
    </main>
  );
}
