import type { DeploymentSummary } from "@keyturn/api-contract";
import { Link } from "@tanstack/react-router";
import { type KeyboardEvent, memo, type ReactNode } from "react";
import { TruncatedLabel, TruncatedText } from "../../../components/truncated-text";
import type { Column } from "../columns";
import { useKindLabel } from "../use-kind-label";
import { CutName, CutText } from "./cut-text";
import { DeploymentAuth, DeploymentState, useRegionsText } from "./deployment-facts";
import { FindingsCell } from "./findings-cell";

/**
 * Past this many characters a name or a workspace is cut (its whole value in a tooltip, and its name
 * for screen readers); a shorter one is cut only where its column is narrower (`CutName`, `CutText`).
 */
const NAME_MAX = 28;

export interface DeploymentRowProps {
  item: DeploymentSummary;
  /** The table's columns, in order: a cell each. */
  columns: readonly Column[];
  index: number;
  tabbable: boolean;
  rowClassName: string;
  cellClassName: string;
  linkClassName: string;
  /** The name of a read-only row (no link). */
  readOnlyClassName: string;
  onKeyDown: (event: KeyboardEvent<HTMLElement>, index: number) => void;
  onFocusRow: (index: number) => void;
}

/**
 * One deployment in the inventory table, a v1 service or a v2 online endpoint; its name links to the
 * deployment's or the endpoint's pages (and covers the row). A read-only row (a kind Keyturn does not
 * manage) has no link: its name takes the row's focus, and its auth column says why it is read-only.
 * Its findings link to Posture.
 */
export const DeploymentRow = memo(function DeploymentRow({
  item,
  columns,
  index,
  tabbable,
  rowClassName,
  cellClassName,
  linkClassName,
  readOnlyClassName,
  onKeyDown,
  onFocusRow,
}: DeploymentRowProps) {
  const regionsOf = useRegionsText();
  const kindLabelOf = useKindLabel();
  const focus = {
    tabIndex: tabbable ? 0 : -1,
    "data-row-focus": true,
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => onKeyDown(event, index),
    onFocus: () => onFocusRow(index),
  };
  const cells: Record<Column, () => ReactNode> = {
    name: () => {
      const name = (shown: string) =>
        item.managed ? (
          <Link
            to={item.generation === "v2" ? "/endpoints/$workspace/$name" : "/deployments/$workspace/$name"}
            params={{ workspace: item.workspace, name: item.name }}
            className={linkClassName}
            {...focus}
          >
            {shown}
          </Link>
        ) : (
          // Focusable so the row keeps its place in the keyboard walk; it opens nothing.
          <span className={readOnlyClassName} {...focus}>
            {shown}
          </span>
        );
      return item.name.length > NAME_MAX ? (
        <TruncatedLabel text={item.name} max={NAME_MAX}>
          {name}
        </TruncatedLabel>
      ) : (
        <CutName text={item.name}>{name(item.name)}</CutName>
      );
    },
    workspace: () =>
      item.workspace.length > NAME_MAX ? (
        <TruncatedText text={item.workspace} max={NAME_MAX} />
      ) : (
        <CutText text={item.workspace} />
      ),
    compute: () => <CutText text={kindLabelOf(item.computeType)} />,
    auth: () => <DeploymentAuth item={item} />,
    regions: () => <CutText text={regionsOf(item)} />,
    state: () => <DeploymentState item={item} />,
    findings: () => <FindingsCell item={item} tabbable={tabbable} />,
  };
  return (
    <tr aria-rowindex={index + 2} data-index={index} className={rowClassName}>
      {columns.map((column) => (
        <td key={column} className={cellClassName}>
          {cells[column]()}
        </td>
      ))}
    </tr>
  );
});
