// Types of scripts/native.mjs for the tests that import it.
export interface ElectronBuild {
  readonly electron: string;
  readonly abi: string;
  readonly platform: string;
  readonly arch: string;
  readonly betterSqlite3: string;
}
export type Rebuild = (job: { stage: string; build: ElectronBuild; logFile: string }) => void;
export function electronTarget(root: string): { dir: string; file: string; build: ElectronBuild };
export function prepareElectronSqlite(options: { root: string; rebuild?: Rebuild }): {
  dir: string;
  file: string;
  build: ElectronBuild;
  built: boolean;
};
export function prepareOrExplain(root: string, rebuild?: Rebuild): boolean;
