import { common } from "./en/common";
import { deployment } from "./en/deployment";
import { endpoint } from "./en/endpoint";
import { errors } from "./en/errors";
import { inventory } from "./en/inventory";
import { posture } from "./en/posture";

/** English for the sign-in page and the first signed-in screen: bundled (the source and the fallback). */
export const enFirst = { common, errors, inventory, deployment, endpoint, posture };
