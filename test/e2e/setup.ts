import { build } from 'vite';

/** The end-to-end tests run against the renderer exactly as it is built for the app. */
export default async function setup(): Promise<void> {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
