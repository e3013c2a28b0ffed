import { doctorProcess } from "./doctor/doctor.ts";
import { bundleLayout } from "./layout.ts";

// The production bundle's configuration check (scripts/bundle.ts builds it into doctor.js, beside
// server.js): `node doctor.js` with the environment the server will have.

doctorProcess(bundleLayout(import.meta.dirname));
