import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Add20Regular, ArrowSync20Regular } from "@fluentui/react-icons";
import { type ReactNode, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Can } from "../../../components/can";
import { EmptyState } from "../../../components/empty-state";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { Section } from "../../../components/section";
import { useRotationPolicies } from "../api/get-rotation-policies";
import { PolicyDialog } from "./policy-dialog";
import { RotationPoliciesTable } from "./rotation-policies-table";

const useStyles = makeStyles({
  intro: { maxWidth: "80ch", color: tokens.colorNeutralForeground2 },
});

/** Rotation policies (Admin): list, add, edit, preview what one would rotate now, delete. */
export function RotationPolicies() {
  const styles = useStyles();
  const { t } = useTranslation();
  const policies = useRotationPolicies();
  const addButton = useRef<HTMLButtonElement>(null);

  let content: ReactNode;
  if (policies.isPending) content = <Loading label={t("settings.rotationPolicies.loading")} />;
  else if (policies.isError)
    content = <ErrorView error={policies.error} onRetry={() => void policies.refetch()} />;
  else if (policies.data.items.length === 0)
    content = <EmptyState icon={<ArrowSync20Regular />}>{t("settings.rotationPolicies.empty")}</EmptyState>;
  else
    content = (
      <RotationPoliciesTable policies={policies.data.items} onRemoved={() => addButton.current?.focus()} />
    );

  return (
    <Section title={t("settings.rotationPolicies.title")}>
      <p className={styles.intro}>{t("settings.rotationPolicies.intro")}</p>
      <Can permission="settings:admin">
        <div>
          <PolicyDialog
            trigger={
              <Button ref={addButton} appearance="primary" icon={<Add20Regular />}>
                {t("settings.rotationPolicies.add")}
              </Button>
            }
          />
        </div>
      </Can>
      {content}
    </Section>
  );
}
