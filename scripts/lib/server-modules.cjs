// Preload (`node --require`) for scripts that run the app's server modules outside Next.js.
// Next resolves them with the `react-server` export condition; a script cannot, because that
// condition also gives React its server build, where next-intl's client provider fails to
// load. The one package that needs the condition is `server-only`, a bundling guard that
// throws without it: here it resolves to its own empty module.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload, by design */
const Module = require("node:module");
const path = require("node:path");

const empty = path.join(path.dirname(require.resolve("server-only")), "empty.js");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === "server-only" ? empty : resolve.call(this, request, ...rest);
};
