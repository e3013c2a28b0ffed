// What the rest of the BFF may use of this capability; everything else in the folder is its own.
export { announceRotation } from "./rotation-events.ts";
export { webhookSender } from "./webhook-sender.ts";
