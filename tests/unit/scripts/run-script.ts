import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ScriptResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the data commands as `npm run` would, from the repository root. */
export function runScript(script: string, args: string[]): ScriptResult {
  const result = spawnSync('node', ['--import', 'tsx', `scripts/${script}`, ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dirs: string[] = [];

/** Writes files into a fresh temporary folder and returns their paths by name. */
export function tempFiles(files: Record<string, string | Uint8Array>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
  dirs.push(dir);
  return Object.fromEntries(
    Object.entries(files).map(([name, content]) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return [name, path];
    }),
  );
}

/** Removes the folders `tempFiles` made. */
export function removeTempFiles(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
