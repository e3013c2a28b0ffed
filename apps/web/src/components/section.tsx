import { mergeClasses, Subtitle1, Subtitle2 } from "@fluentui/react-components";
import { type ReactNode, useId } from "react";
import { useStackStyles } from "./stack-styles";

export interface SectionProps {
  title: ReactNode;
  /** `2`: a part of a screen (`<h2>`); `3`: a part of such a part (`<h3>`). */
  level?: 2 | 3;
  /** The space between the heading and each part of the content. */
  gap?: "s" | "m" | "l";
  /** The heading's id, when the caller names something else by it too (a table). */
  headingId?: string;
  /** Set while the content is being replaced (`aria-busy`). */
  busy?: boolean;
  className?: string;
  children: ReactNode;
}

/** A landmark region named by its heading: the heading, then the content in a column. */
export function Section({ title, level = 2, gap = "m", headingId, busy, className, children }: SectionProps) {
  const stack = useStackStyles();
  const ownId = useId();
  const id = headingId ?? ownId;
  const Heading = level === 2 ? Subtitle1 : Subtitle2;
  return (
    <section className={mergeClasses(stack[gap], className)} aria-labelledby={id} aria-busy={busy}>
      <Heading as={level === 2 ? "h2" : "h3"} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
