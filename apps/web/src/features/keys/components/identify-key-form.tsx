import { WhichKeyForm } from "../../../components/which-key-form";
import { useIdentifyKey } from "../api/identify-key";

/** "Which key is this?" for a deployment's keys. */
export function IdentifyKeyForm({ workspace, name }: { workspace: string; name: string }) {
  return <WhichKeyForm identify={useIdentifyKey(workspace, name)} />;
}
