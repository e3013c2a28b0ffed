import {
  Breadcrumb,
  BreadcrumbButton,
  type BreadcrumbButtonProps,
  BreadcrumbDivider,
  BreadcrumbItem,
} from "@fluentui/react-components";
import { createLink } from "@tanstack/react-router";
import { Children, Fragment, forwardRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** A Fluent breadcrumb button that navigates through the router (real `href`, so it opens in a new tab too). */
type AnchorCrumbProps = Omit<Extract<BreadcrumbButtonProps, { as?: "a" }>, "as">;
const AnchorCrumb = forwardRef<HTMLAnchorElement, AnchorCrumbProps>(function AnchorCrumb(
  { "aria-current": _routerActive, ...props },
  ref,
) {
  // The router marks a parent of the current address active; in a trail only the last step is current.
  return <BreadcrumbButton {...props} as="a" ref={ref} />;
});
export const BreadcrumbLink = createLink(AnchorCrumb);

/**
 * Where a screen sits, as the Azure portal shows it above the title: each `BreadcrumbLink` child is a
 * step back, `current` the screen itself (`aria-current="page"`, not a link).
 */
export function PageBreadcrumb({ children, current }: { children: ReactNode; current: string }) {
  const { t } = useTranslation();
  return (
    <Breadcrumb aria-label={t("common.breadcrumb.label")} size="small">
      {Children.toArray(children).map((crumb, index) => (
        <Fragment key={index}>
          <BreadcrumbItem>{crumb}</BreadcrumbItem>
          <BreadcrumbDivider />
        </Fragment>
      ))}
      <BreadcrumbItem>
        <BreadcrumbButton current>{current}</BreadcrumbButton>
      </BreadcrumbItem>
    </Breadcrumb>
  );
}

/** The trail of anything inside a workspace: Inventory › the workspace (the inventory narrowed to it) › … */
export function WorkspaceBreadcrumb({
  workspace,
  current,
  children,
}: {
  workspace: string;
  current: string;
  /** Steps between the workspace and the current screen. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <PageBreadcrumb current={current}>
      <BreadcrumbLink to="/inventory">{t("common.nav.inventory")}</BreadcrumbLink>
      <BreadcrumbLink to="/inventory" search={{ workspace }}>
        {workspace}
      </BreadcrumbLink>
      {children}
    </PageBreadcrumb>
  );
}
