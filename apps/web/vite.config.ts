import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { bundleBudget } from "./build/bundle-budget.ts";

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

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
      journeys: { "signed-in first screen": ["src/app/console.tsx", "src/app/routes/inventory.tsx"] },
    }),
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
