/**
 * `tsx --import ./scripts/hooks/server-side.mjs <script>`: runs a script that loads the server's loaders
 * (lib/*\/data.ts import "server-only", which throws unless resolved under React's "react-server" condition). Only
 * that one package is resolved under the condition: turning it on for the whole process (node --conditions) would
 * also swap React and next/navigation for their server-component builds, which the scripts do not run in.
 */
import { register } from "node:module";

register("./server-only-resolve.mjs", import.meta.url);
