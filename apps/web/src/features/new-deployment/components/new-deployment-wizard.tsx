import {
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  mergeClasses,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { type ComputeTarget, isKnownRegion } from "@keyturn/auth-domain";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { useStackStyles } from "../../../components/stack-styles";
import { useNotify } from "../../../components/toast";
import { useCreateDeployment } from "../api/create-deployment";
import { useWorkspaceChoices } from "../api/get-workspaces";
import { useNameTaken } from "../api/name-taken";
import { type DraftField, initialDraft, invalidFields, toBody, WIZARD_STEPS, withTarget } from "../draft";
import { AuthStep } from "./auth-step";
import { ResourcesStep } from "./resources-step";
import { ReviewStep } from "./review-step";
import { TargetStep } from "./target-step";

const useStyles = makeStyles({
  steps: {
    display: "flex",
    gap: tokens.spacingHorizontalL,
    listStyle: "none",
    margin: 0,
    padding: 0,
    flexWrap: "wrap",
  },
  step: { color: tokens.colorNeutralForeground3 },
  current: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  heading: { ":focus": { outlineStyle: "none" } },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

/**
 * Deploy a model as a web service in four steps — target, resources, authentication (the target's
 * defaults, rules applied live), review — then hand over to the deployment page to watch it come up.
 */
export function NewDeploymentWizard({
  onCreated,
  onDirtyChange,
}: {
  onCreated: (deployment: { workspace: string; name: string }) => void;
  /** Whether the draft holds anything yet (the page asks before leaving it). */
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const styles = useStyles();
  const stack = useStackStyles();
  const { t } = useTranslation();
  const notify = useNotify();
  const workspaces = useWorkspaceChoices();
  const create = useCreateDeployment();
  const [draft, setDraft] = useState(initialDraft);
  const [index, setIndex] = useState(0);
  const [tried, setTried] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const step = WIZARD_STEPS[index] ?? "target";

  // Keyboard and screen-reader users land on the new step's heading.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
    moved.current = true;
  }, [index]);

  const items = workspaces.data?.items ?? [];
  // A workspace in a region the console does not list: its region is "unknown" to the wizard's steps.
  const listedRegion = items.find((w) => w.name === draft.workspace)?.region;
  const workspaceRegion = isKnownRegion(listedRegion) ? listedRegion : undefined;
  const invalid = new Set<DraftField>(tried ? invalidFields(draft, step) : []);
  const taken = useNameTaken(draft.workspace, draft.name.trim(), step === "review");
  const nameTaken = step === "review" && taken.data === true;
  const dirty = JSON.stringify(draft) !== JSON.stringify(initialDraft());
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  const update = (change: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...change }));
  const onTarget = (target: ComputeTarget) => setDraft((current) => withTarget(current, target));

  const go = (next: number) => {
    setTried(false);
    setIndex(next);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (invalidFields(draft, step).length > 0) {
      setTried(true);
      return;
    }
    if (step !== "review") return go(index + 1);
    if (nameTaken) return;
    create.mutate(
      { workspace: draft.workspace, body: toBody(draft) },
      {
        onSuccess: (created) => {
          onDirtyChange?.(false); // created: nothing is lost by leaving
          notify.success(
            t(created.accepted ? "newDeployment.accepted" : "newDeployment.created", { name: created.name }),
          );
          onCreated({ workspace: draft.workspace, name: created.name });
        },
        onError: (error) => notify.error(error),
      },
    );
  };

  if (workspaces.isPending) return <Loading label={t("newDeployment.loading")} />;
  if (workspaces.isError)
    return <ErrorView error={workspaces.error} onRetry={() => void workspaces.refetch()} />;

  const stepProps = { draft, update, invalid };
  return (
    <form className={stack.l} onSubmit={onSubmit} noValidate aria-labelledby="new-deployment-step">
      <ol className={styles.steps} aria-label={t("newDeployment.steps.label")}>
        {WIZARD_STEPS.map((name, position) => (
          <li
            key={name}
            aria-current={position === index ? "step" : undefined}
            className={mergeClasses(styles.step, position === index && styles.current)}
          >
            {t("newDeployment.steps.item", { number: position + 1, name: t(`newDeployment.steps.${name}`) })}
          </li>
        ))}
      </ol>
      <Text
        as="h2"
        size={500}
        weight="semibold"
        id="new-deployment-step"
        ref={headingRef}
        tabIndex={-1}
        className={styles.heading}
      >
        {t(`newDeployment.steps.${step}`)}
      </Text>
      {step === "target" ? <TargetStep {...stepProps} workspaces={items} onTarget={onTarget} /> : null}
      {step === "resources" ? <ResourcesStep {...stepProps} workspaceRegion={workspaceRegion} /> : null}
      {step === "auth" ? <AuthStep {...stepProps} workspaceRegion={workspaceRegion} /> : null}
      {step === "review" ? <ReviewStep draft={draft} workspaceRegion={workspaceRegion} /> : null}
      {nameTaken ? (
        <MessageBar intent="error">
          <MessageBarBody>
            {t("newDeployment.review.nameTaken", { name: draft.name.trim(), workspace: draft.workspace })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {create.isError ? <ErrorView error={create.error} /> : null}
      <div className={styles.actions}>
        {index > 0 ? (
          <Button disabled={create.isPending} onClick={() => go(index - 1)}>
            {t("newDeployment.back")}
          </Button>
        ) : null}
        <Button
          type="submit"
          appearance="primary"
          disabled={create.isPending}
          disabledFocusable={nameTaken}
          icon={create.isPending ? <Spinner size="tiny" /> : undefined}
        >
          {step === "review"
            ? t(create.isPending ? "newDeployment.creating" : "newDeployment.create")
            : t("newDeployment.next")}
        </Button>
      </div>
    </form>
  );
}
