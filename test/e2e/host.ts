import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join } from 'node:path';
import { resolveAppFile } from '../../electron/security';
import type { AppEvent, Channel, EventPayload } from '../../shared/contract';
import { testServices } from '../support/services';

/** The repository root, found upwards from here: this file also runs bundled, from out/bench (benchmarks). */
function repositoryRoot(): string {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}
const ROOT = repositoryRoot();
const RENDERER = join(ROOT, 'out/renderer');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

async function bundleShim(): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, 'test/e2e/shim.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'warning',
  });
  return out.outputFiles[0]!.text;
}

/**
 * Serves the built renderer on 127.0.0.1 and answers the contract over HTTP with the real services on
 * real workbooks in `dir`. The page gets window.api from the shim; dialogs are answered by the test.
 */
export async function startHost(dir: string) {
  if (!existsSync(join(RENDERER, 'index.html')))
    throw new Error('out/renderer is missing: run `npm run build` first');
  const streams = new Set<ServerResponse>();
  const emit = <E extends AppEvent>(event: E, payload: EventPayload<E>) => {
    for (const stream of streams) stream.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
  };
  let muted = false;
  // Every change reaches the page as main would send it, also one a test makes through `services.call`.
  const services = testServices(
    dir,
    (change) => muted || emit('workbook:changed', change),
    () => !muted,
  );
  const shim = await bundleShim();

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://host');
      if (request.method === 'POST' && url.pathname.startsWith('/api/')) {
        let body = '';
        for await (const chunk of request) body += chunk;
        const result = await services.dispatch(url.pathname.slice(5) as Channel, JSON.parse(body));
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      } else if (url.pathname === '/events') {
        response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
        response.write(': open\n\n');
        streams.add(response);
        request.on('close', () => streams.delete(response));
      } else if (url.pathname === '/e2e-shim.js') {
        response.writeHead(200, { 'content-type': TYPES['.js']! }).end(shim);
      } else {
        // The same traversal guard the app:// protocol uses.
        const file = resolveAppFile(`app://aims${url.pathname}`, RENDERER);
        const content = file ? await readFile(file).catch(() => null) : null;
        if (!file || !content) return void response.writeHead(404).end();
        const text = extname(file) === '.html' ? injectShim(content.toString('utf8')) : content;
        response
          .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
          .end(text);
      }
    })().catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    services,
    emit,
    /**
     * Runs a test's bulk set-up without an event per edit (and without reading lists for them); the test says
     * afterwards what the page should read.
     */
    async quietly<T>(work: () => Promise<T>): Promise<T> {
      muted = true;
      try {
        return await work();
      } finally {
        muted = false;
      }
    },
    async stop() {
      for (const stream of streams) stream.end();
      services.sessions.closeAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A classic script runs before the renderer's module script, so window.api exists when the app starts. */
const injectShim = (html: string) =>
  html.replace('<script type="module"', '<script src="./e2e-shim.js"></script><script type="module"');
