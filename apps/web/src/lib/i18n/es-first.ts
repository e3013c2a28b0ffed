import { common } from "./es/common";
import { deployment } from "./es/deployment";
import { endpoint } from "./es/endpoint";
import { errors } from "./es/errors";
import { inventory } from "./es/inventory";
import { posture } from "./es/posture";
import type { FirstMessages } from "./parts";

/** Spanish for the sign-in page and the first signed-in screen: a chunk of its own, loaded when chosen. */
export const esFirst: FirstMessages = { common, errors, inventory, deployment, endpoint, posture };
