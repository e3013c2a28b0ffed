import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { KeyDestination } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { DescriptionList } from "../../../components/description-list";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  heading: { margin: 0 },
});

/** The sentences' values: slot names, the deployment, the grace period and the old key's end. */
type PlanValues = Record<"old" | "new" | "name" | "time" | "grace", string>;

/**
 * What a rotation will do, in order, with when each key stops working and what callers must do. When
 * the governing policy asks for a confirmation, the old key dies only once a person confirms.
 */
export function RotationPlan({
  destinations,
  values,
  confirmation = false,
}: {
  destinations: readonly KeyDestination[];
  values: PlanValues;
  confirmation?: boolean;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const heading = (
    key:
      | "rotation.wizard.planTitle"
      | "rotation.wizard.deathsTitle"
      | "rotation.wizard.destinationsTitle"
      | "rotation.wizard.callersTitle",
  ) => (
    <Text as="h3" weight="semibold" className={styles.heading}>
      {t(key)}
    </Text>
  );
  return (
    <>
      {heading("rotation.wizard.planTitle")}
      <ol className={styles.list}>
        <li>{t("rotation.wizard.plan.regenerate", values)}</li>
        <li>{t("rotation.wizard.plan.verify", values)}</li>
        <li>
          {t(
            destinations.length > 0 ? "rotation.wizard.plan.publish" : "rotation.wizard.plan.publishNowhere",
          )}
        </li>
        <li>{t("rotation.wizard.plan.grace", values)}</li>
        <li>{t("rotation.wizard.plan.retire", values)}</li>
      </ol>
      {heading("rotation.wizard.deathsTitle")}
      <DescriptionList
        variant="facts"
        items={[
          [t("rotation.wizard.deaths.newKey", values), t("rotation.wizard.deaths.newKeyWhen")],
          [
            t("rotation.wizard.deaths.oldKey", values),
            t(
              confirmation
                ? "rotation.wizard.deaths.oldKeyWhenConfirmed"
                : "rotation.wizard.deaths.oldKeyWhen",
              values,
            ),
          ],
        ]}
      />
      {heading("rotation.wizard.destinationsTitle")}
      {destinations.length > 0 ? (
        <ul className={styles.list}>
          {destinations.map((d) => (
            <li key={`${d.vaultUrl}\n${d.secretName}`} className={styles.code}>
              {`${d.vaultUrl} · ${d.secretName}`}
            </li>
          ))}
        </ul>
      ) : (
        <Text as="p">{t("rotation.wizard.noDestinations")}</Text>
      )}
      {heading("rotation.wizard.callersTitle")}
      <Text as="p">{t("rotation.wizard.callers", values)}</Text>
    </>
  );
}
