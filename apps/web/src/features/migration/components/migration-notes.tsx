import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { MigrationImpact, MigrationNote, MigrationNoteId } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: 0,
    listStyle: "none",
    display: "grid",
    gap: tokens.spacingVerticalS,
  },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
});

/** Each note's words (`migration.notes.<id in camelCase>`, as auth-domain names its message key). */
const NOTE_KEYS = {
  "callers-must-send-key": "migration.notes.callersMustSendKey",
  "keys-not-carried-over": "migration.notes.keysNotCarriedOver",
  "tokens-from-endpoint": "migration.notes.tokensFromEndpoint",
  "scoring-url-changes": "migration.notes.scoringUrlChanges",
  "https-required": "migration.notes.httpsRequired",
  "deployment-needed": "migration.notes.deploymentNeeded",
  "kubernetes-compute-needed": "migration.notes.kubernetesComputeNeeded",
  "endpoint-name-changed": "migration.notes.endpointNameChanged",
  "deployment-header": "migration.notes.deploymentHeader",
  "token-mapping-inferred": "migration.notes.tokenMappingInferred",
  "entra-token-available": "migration.notes.entraTokenAvailable",
} as const satisfies Record<MigrationNoteId, string>;

const COLOR: Record<MigrationImpact, "danger" | "warning" | "informative"> = {
  breaking: "danger",
  action: "warning",
  info: "informative",
};

/** The plan's notes, most disruptive first, each with what it means for callers (its impact). */
export function MigrationNotes({ notes }: { notes: readonly MigrationNote[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  // Facts are names, URLs and headers: `replace` keeps them apart from i18next's own options.
  const say = t as unknown as (key: string, options: { replace: Record<string, string> }) => string;
  return (
    <ul className={styles.list}>
      {notes.map((note) => (
        <li key={note.id} className={styles.item}>
          <Badge appearance="tint" color={COLOR[note.impact]} shape="rounded">
            {t(`migration.impacts.${note.impact}`)}
          </Badge>
          <span>{say(NOTE_KEYS[note.id], { replace: note.facts })}</span>
        </li>
      ))}
    </ul>
  );
}
