import { WhichKeyForm } from "../../../components/which-key-form";
import { useIdentifyEndpointKey } from "../api/identify-endpoint-key";

/** "Which key is this?" for an endpoint's keys. */
export function EndpointIdentifyKey({ workspace, name }: { workspace: string; name: string }) {
  return <WhichKeyForm identify={useIdentifyEndpointKey(workspace, name)} />;
}
