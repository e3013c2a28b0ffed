// What the rest of the BFF may use of this capability; everything else in the folder is its own.
export { seedDefaultDestinations } from "./default-destinations.ts";
export { listDestinations } from "./destination-store.ts";
export { endpointOf as endpointOfStoredName } from "./endpoint-key-provider.ts";
export { governingPolicyOf } from "./governing-policy.ts";
export { endpointRotationFacts, rotationFactsForPage } from "./page-rotation-facts.ts";
export { factsKey as rotationFactsKey, rotationFactsFor } from "./policies-candidates.ts";
export { listPolicies as listRotationPolicies } from "./policies-store.ts";
export { rotationRunner } from "./rotation-runner.ts";
export { rotationScheduler } from "./rotation-scheduler.ts";
