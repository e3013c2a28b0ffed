import { makeStyles, tokens } from "@fluentui/react-components";
import type { KeyView } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { RevealableKeyCard } from "../../../components/revealable-key-card";
import { useRevealKey } from "../api/reveal-key";
import { RegenerateKeyDialog } from "./regenerate-key-dialog";

const useStyles = makeStyles({
  card: { backgroundColor: tokens.colorNeutralBackground1 },
});

/** One key: masked value, fingerprint, age, last rotation, its warnings; reveal (step-up) and regenerate. */
export function KeyCard({
  workspace,
  name,
  item,
  etag,
}: {
  workspace: string;
  name: string;
  item: KeyView;
  /** The keys' ETag from the keys query: a regeneration sends it as `If-Match`. */
  etag: string;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const reveal = useRevealKey(workspace, name);

  return (
    <RevealableKeyCard
      item={item}
      reveal={reveal}
      masked
      revealNote={t("keys.revealNote")}
      className={styles.card}
      regenerate={(hideSecret) => (
        <RegenerateKeyDialog
          workspace={workspace}
          name={name}
          keyType={item.keyType}
          etag={etag}
          onRegenerated={hideSecret}
        />
      )}
    />
  );
}
