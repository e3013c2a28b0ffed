import { doctorProcess } from "./doctor/doctor.ts";
import { SOURCE_LAYOUT } from "./layout.ts";

// `pnpm --filter @keyturn/bff doctor`: checks the environment a production BFF would start with.

doctorProcess(SOURCE_LAYOUT);
