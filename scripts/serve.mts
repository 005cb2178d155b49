// `npm start`: serves the production build, like `next start`, with one addition Next.js
// cannot give the app: the socket's peer address. Every request gets the client address
// decided here (lib/net/client-address.ts) in one header, overwriting whatever the client
// sent under that name, so per-address limits cannot be dodged with a made-up
// X-Forwarded-For. Every response names the server that made it (X-Songngu-Instance).
// Options: -p/--port (or PORT, default 3000), -H/--hostname (default: every address).
import { createServer } from "node:http";
import { hostname as osHostname } from "node:os";
import { parseArgs } from "node:util";
import next from "next";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveClientAddress } from "../lib/net/client-address";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
// Without -H the server listens on every address, IPv6 and IPv4, as `next start` does. (Not
// from $HOSTNAME: shells and containers set it to the machine's own name.)
const hostname = values.hostname;
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

// Which server answered, for a load balancer's logs and the multi-server checks (npm run
// cluster): INSTANCE_ID, or this machine's name and port.
const instance = (process.env.INSTANCE_ID ?? `${osHostname()}:${port}`).replace(/[^\w.:-]/g, "_");

// Served over HTTPS (SITE_URL says so, at run time): browsers are told to keep to it for a year.
const https = (process.env.SITE_URL ?? "").startsWith("https://");

createServer((req, res) => {
  req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted);
  if (https) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  res.setHeader("X-Songngu-Instance", instance);
  void handle(req, res);
}).listen({ port, ...(hostname ? { host: hostname } : {}) }, () => {
  console.log(`Song Ngữ is serving http://${hostname ?? "localhost"}:${port}`);
});
