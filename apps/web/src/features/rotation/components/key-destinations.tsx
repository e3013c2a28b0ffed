import { makeStyles, TableBody, TableCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { Vault20Regular } from "@fluentui/react-icons";
import type { KeyDestinationList } from "@keyturn/api-contract";
import type { UseQueryResult } from "@tanstack/react-query";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { Can } from "../../../components/can";
import { RelativeTime } from "../../../components/relative-time";
import { Section } from "../../../components/section";
import { usePermission } from "../../../lib/auth/permissions";
import type { RotationSubject } from "../rotation-subject";
import { AddDestinationDialog } from "./add-destination-dialog";
import { QueryTable } from "./query-table";
import { RemoveDestinationDialog } from "./remove-destination-dialog";

const useStyles = makeStyles({ code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" } });

/**
 * Where the active key is published (Key Vault secrets), with the last version written; an Admin adds
 * and removes destinations (each change publishes the active key at once, after a confirmation).
 */
export function KeyDestinations({
  subject,
  query,
}: {
  subject: RotationSubject;
  query: UseQueryResult<KeyDestinationList>;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const admin = usePermission("settings:admin").allowed;
  const addButton = useRef<HTMLButtonElement>(null);
  const data = query.data;
  const column = (key: "vault" | "secret" | "version" | "published" | "actions") =>
    t(`rotation.destinations.columns.${key}`);
  return (
    <Section title={t("rotation.destinations.title")}>
      {data ? (
        <Text as="p">{t("rotation.destinations.intro", { slot: t(`keys.keyName.${data.activeSlot}`) })}</Text>
      ) : null}
      <QueryTable
        query={query}
        isEmpty={(list) => list.destinations.length === 0}
        loading={t("rotation.destinations.loading")}
        empty={t("rotation.destinations.empty")}
        emptyIcon={<Vault20Regular />}
        label={t("rotation.destinations.label", { name: subject.name })}
        columns={[
          column("vault"),
          column("secret"),
          column("version"),
          column("published"),
          admin ? column("actions") : null,
        ]}
      >
        {(list) => (
          <TableBody>
            {list.destinations.map((d) => (
              <TableRow key={`${d.vaultUrl}\n${d.secretName}`}>
                <TableCell className={styles.code}>{d.vaultUrl}</TableCell>
                <TableCell className={styles.code}>{d.secretName}</TableCell>
                <TableCell className={styles.code}>
                  {d.lastVersion ?? t("rotation.destinations.never")}
                </TableCell>
                <TableCell>
                  {d.lastPublishedAt ? (
                    <RelativeTime at={d.lastPublishedAt} />
                  ) : (
                    t("rotation.destinations.never")
                  )}
                </TableCell>
                <Can permission="settings:admin">
                  <TableCell>
                    <RemoveDestinationDialog
                      subject={subject}
                      list={list}
                      destination={d}
                      onRemoved={() => addButton.current?.focus()}
                    />
                  </TableCell>
                </Can>
              </TableRow>
            ))}
          </TableBody>
        )}
      </QueryTable>
      {data ? <AddDestinationDialog subject={subject} list={data} triggerRef={addButton} /> : null}
    </Section>
  );
}
