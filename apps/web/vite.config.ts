import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { bundleBudget } from "./build/bundle-budget.ts";
import { precompress } from "./build/precompress.ts";

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

const WORKSPACE_PACKAGE = /[\\/]packages[\\/](?:auth-domain|api-contract)[\\/]src[\\/]/;

/**
 * Libraries that change rarely get their own long-cached chunks. Only what the first render needs
 * (`$initial`) is grouped; what lazy chunks alone use stays with them. MSAL is split by entry so
 * the redirect bridge page loads only the part it uses.
 */
const vendorChunks: Array<[name: string, test: RegExp]> = [
  ["react", /node_modules[\\/](react|react-dom|scheduler)[\\/]/],
  [
    "fluent",
    /node_modules[\\/](@fluentui|@griffel|tabster|keyborg|@floating-ui|@swc[\\/]helpers|stylis|rtl-css-js)[\\/]/,
  ],
  ["tanstack", /node_modules[\\/]@tanstack[\\/]/],
  ["i18n", /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/],
  ["zod", /node_modules[\\/]zod[\\/]/],
];

export default defineConfig({
  plugins: [
    react(),
    bundleBudget({
      initialJsKiB: 250,
      journeys: {
        "signed-in first screen": {
          modules: ["src/app/console.tsx", "src/app/routes/inventory.tsx"],
          // The target is 250 KiB; the libraries this screen needs weigh about 310 KiB by themselves
          // (MSAL, Fluent, React, TanStack, zod, i18next; docs/decisions/018-first-screen-library-floor.md).
          // The ceiling is its size with the other screens' strings out of it (349 KiB in December
          // 2026) and a little room, so it cannot grow unseen.
          maxKiB: 355,
        },
      },
    }),
    precompress(),
  ],
  server: {
    port: 5173,
    strictPort: true,
    // The BFF serves /api; override its address with KEYTURN_BFF_URL.
    proxy: {
      "/api": { target: process.env.KEYTURN_BFF_URL ?? "http://localhost:8080", changeOrigin: false },
    },
  },
  preview: { port: 4173 },
  build: {
    target: "es2023",
    sourcemap: false, // dist is served as is by the BFF: ship no source maps
    reportCompressedSize: true,
    chunkSizeWarningLimit: 300,
    rolldownOptions: {
      // The workspace packages are pure (schemas, rules, messages): what a page does not use of them is
      // left out, instead of every schema of both packages loading before the sign-in page.
      treeshake: { moduleSideEffects: (id) => (WORKSPACE_PACKAGE.test(id) ? false : undefined) },
      // index.html is the app; redirect.html is MSAL's redirect bridge (no React, a few KiB).
      input: { main: page("./index.html"), redirect: page("./redirect.html") },
      output: {
        // Short stable names: MSAL's per-entry parts would otherwise list every entry in their name.
        chunkFileNames: (chunk) => `assets/${chunk.name.split("~")[0]}-[hash].js`,
        codeSplitting: {
          groups: [
            {
              name: "msal",
              test: /node_modules[\\/]@azure[\\/]/,
              entriesAware: true,
              entriesAwareMergeThreshold: 20_000,
            },
            ...vendorChunks.map(([name, test]) => ({ name, test, tags: ["$initial" as const] })),
          ],
        },
      },
    },
  },
});
