import type { ReactNode } from "react";
import { useTableStyles } from "./table-styles";

/** A column's header in the posture tables; a `numeric` column (counts) is aligned to the end. */
export function ColumnHeader({ numeric = false, children }: { numeric?: boolean; children: ReactNode }) {
  const table = useTableStyles();
  return (
    <th scope="col" className={numeric ? table.thNumber : table.th}>
      {children}
    </th>
  );
}
