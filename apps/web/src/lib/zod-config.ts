import { z } from "zod";

// Keyturn runs under a CSP without 'unsafe-eval'. Zod probes `new Function` to speed up object
// parsing; the probe fails there and browsers report it as a violation. Turn the JIT off before any
// schema is created (main.tsx imports this module first).
z.config({ jitless: true });
