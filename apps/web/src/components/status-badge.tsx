import { Badge, type BadgeProps } from "@fluentui/react-components";

export interface StatusBadgeProps<Status extends string> {
  /** As the server sent it: a status this version does not know is shown as is. */
  status: string;
  /** The colour of each known status (the colour only repeats the words). */
  colors: Readonly<Record<Status, BadgeProps["color"]>>;
  appearance: BadgeProps["appearance"];
  /** The words of a known status. */
  words: (status: Status) => string;
}

/** A status in words, coloured by what it means; one this version does not know, as is. */
export function StatusBadge<Status extends string>({
  status,
  colors,
  appearance,
  words,
}: StatusBadgeProps<Status>) {
  if (!Object.hasOwn(colors, status)) {
    return (
      <Badge appearance="outline" color="subtle">
        {status}
      </Badge>
    );
  }
  const known = status as Status;
  return (
    <Badge appearance={appearance} color={colors[known]}>
      {words(known)}
    </Badge>
  );
}
