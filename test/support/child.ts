import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { build } from 'esbuild';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/**
 * Bundles a child-process entry (real app code, .sql loaded as text) into out/test-children so that
 * tests can run it in a separate Node process: a second app instance, or one that gets killed.
 */
export async function buildChild(entry: string): Promise<string> {
  const outfile = join(ROOT, 'out', 'test-children', `${entry.replace(/[/.]/g, '_')}.mjs`);
  await build({
    entryPoints: [join(ROOT, 'test', 'integration', 'children', entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    loader: { '.sql': 'text' },
    logLevel: 'error',
  });
  return outfile;
}

/** Starts a child and resolves on its first output line that satisfies `ready`. */
export function startChild(
  script: string,
  args: string[],
  onLine: (line: string) => void = () => {},
): { child: ChildProcessWithoutNullStreams; ready: Promise<void>; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [script, ...args], { cwd: ROOT });
  let buffer = '';
  let resolveReady: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      if (line === 'ready') resolveReady();
      onLine(line);
    }
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, ready, exited };
}
