// `npm run serve`: Next's production server (what `next start` runs), on our own http.Server so that requests Node's
// parser refuses before Next sees them — oversized headers (431) — are answered in the API's error envelope
// (lib/server/client-error.mjs). Arguments as next start's: -p/--port (default 3000, or PORT), -H/--hostname
// (default 127.0.0.1). ADR 018.
import { createServer } from "node:http";
import next from "next";
import { answerClientError } from "../lib/server/client-error.mjs";

function option(names, fallback) {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    for (const name of names) {
      if (args[i] === name) return args[i + 1];
      if (args[i].startsWith(`${name}=`)) return args[i].slice(name.length + 1);
    }
  }
  return fallback;
}

const port = Number(option(["-p", "--port"], process.env.PORT ?? "3000"));
const hostname = option(["-H", "--hostname"], "127.0.0.1");
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: not a port: ${port}`);
  process.exit(2);
}

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => handle(request, response));
server.on("clientError", answerClientError);
server.listen(port, hostname, () => {
  console.log(`▲ claimtrack ready on http://${hostname}:${port}`);
});

// Finish the requests in flight, then exit (as next start does on SIGTERM/SIGINT).
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
