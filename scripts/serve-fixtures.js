#!/usr/bin/env node
// Serves the fixture site (seeds/site/) on one port, choosing the page by the Host header,
// so that Chromium started with `--host-resolver-rules="MAP *.test 127.0.0.1"` sees five
// outlets on five host names. No dependencies.
//
//   node scripts/serve-fixtures.js [--port 8080]
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { createSite } from '../seeds/site/site.js';

/** The Chromium switch that sends every fixture host name to this server. */
export const HOST_RESOLVER_RULES = 'MAP *.test 127.0.0.1';

/**
 * Starts the server on 127.0.0.1 (port 0: any free port).
 * @param {{ port?: number }} [options]
 */
export async function startFixtureServer({ port = 0 } = {}) {
  /** @type {ReturnType<typeof createSite> | null} */
  let site = null;
  const server = createServer((request, response) => {
    const host = request.headers.host ?? 'localhost';
    const { pathname } = new URL(request.url ?? '/', 'http://fixture.invalid');
    if (!site || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const { status, type, body } = site.respond(host, pathname);
    response.writeHead(status, {
      'content-type': type,
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fixture server: no TCP address');
  site = createSite(address.port);
  const ready = site;
  return {
    port: address.port,
    /** Every page, with its URL, expected outcome and (for seed pages) where its story is. */
    pages: ready.pages,
    /** Page id → URL. */
    urls: ready.urls,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}

async function main() {
  const args = process.argv.slice(2);
  const portFlag = args.indexOf('--port');
  const port = portFlag >= 0 ? Number(args[portFlag + 1]) : 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('usage: node scripts/serve-fixtures.js [--port 8080]');
    process.exit(2);
  }
  const fixtures = await startFixtureServer({ port });
  console.log(`Fixture site on 127.0.0.1:${fixtures.port}. Start Chromium with --host-resolver-rules="${HOST_RESOLVER_RULES}"`);
  for (const page of fixtures.pages) console.log(`  ${page.expect.padEnd(9)} ${page.url}`);
  const stop = () => fixtures.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
