import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Tests that assert how long another request waits run alone, after the rest (npm run test:unit runs the two projects
 * in turn): with other test files beside them on a 2-core machine they would measure their neighbours' CPU.
 */
const timing = ["tests/integration/ingest-bounded.test.ts"];

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // The loaders (lib/*/data.ts) import "server-only", which throws outside React's "react-server" condition.
      // Tests are server code; the alias keeps the rest of React's resolution (the client build) as it is.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    environment: "node",
    projects: [
      {
        extends: true,
        test: {
          name: "main",
          include: [
            "lib/**/*.test.ts",
            "tests/unit/**/*.test.ts",
            "tests/integration/**/*.test.ts",
            "cli/**/*.test.ts",
          ],
          exclude: timing,
        },
      },
      { extends: true, test: { name: "timing", include: timing } },
    ],
  },
});
