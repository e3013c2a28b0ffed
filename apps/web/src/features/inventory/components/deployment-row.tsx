import type { DeploymentSummary } from "@keyturn/api-contract";
import { Link } from "@tanstack/react-router";
import { type KeyboardEvent, memo } from "react";
import { TruncatedLabel, TruncatedText } from "../../../components/truncated-text";
import { useKindLabel } from "../use-kind-label";
import { DeploymentAuth, DeploymentState, useRegionsText } from "./deployment-facts";
import { FindingsCell } from "./findings-cell";

/** Past this many characters a name or a workspace is cut (its whole value in a tooltip), so the columns keep room. */
const NAME_MAX = 28;

export interface DeploymentRowProps {
  item: DeploymentSummary;
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
  return (
    <tr aria-rowindex={index + 2} data-index={index} className={rowClassName}>
      <td className={cellClassName}>
        <TruncatedLabel text={item.name} max={NAME_MAX}>
          {(shown) =>
            item.managed ? (
              <Link
                to={
                  item.generation === "v2" ? "/endpoints/$workspace/$name" : "/deployments/$workspace/$name"
                }
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
            )
          }
        </TruncatedLabel>
      </td>
      <td className={cellClassName}>
        <TruncatedText text={item.workspace} max={NAME_MAX} />
      </td>
      <td className={cellClassName}>{kindLabelOf(item.computeType)}</td>
      <td className={cellClassName}>
        <DeploymentAuth item={item} />
      </td>
      <td className={cellClassName}>{regionsOf(item)}</td>
      <td className={cellClassName}>
        <DeploymentState item={item} />
      </td>
      <td className={cellClassName}>
        <FindingsCell item={item} tabbable={tabbable} />
      </td>
    </tr>
  );
});
