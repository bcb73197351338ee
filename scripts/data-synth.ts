/**
 * `npm run data:synth -- --outlets N [--targets T] [--seed S] [--out FILE]` writes a synthetic
 * dataset of N outlets (e.g. 2000, 10k, 1m) over the mainland's ~370 prefecture-level cities,
 * valid for `validateNetwork`, the same bytes for the same N, T and seed (default seed 1), with a
 * plan of T targets (default 4 per city with outlets; `--targets 0` for none). Default output:
 * `.tmp/synth-N.json`; `--out -` writes to stdout. See scripts/synth/ for how it is made.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import process from 'node:process';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { synthNetwork, writeNetworkJson } from './synth/synth-network';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export interface SynthArgs {
  outlets: number;
  /** Targets in all; default 4 per city with outlets. */
  targets?: number;
  seed: number;
  /** A file path, or `-` for stdout. */
  out: string;
}

const SUFFIXES: Record<string, number> = { '': 1, k: 1_000, m: 1_000_000 };

/** Reads a count such as `2000`, `10k` or `1m`, naming `what` is counted when it is not one. */
function readCount(text: string, what: string): number {
  const [, digits = '', suffix = ''] = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim()) ?? [];
  const value = Number(digits || NaN) * (SUFFIXES[suffix.toLowerCase()] ?? NaN);
  if (!Number.isInteger(value) || value < 0) throw new Error(`not a count of ${what}: "${text}"`);
  return value;
}

/** Reads a count of outlets such as `2000`, `10k` or `1m`. */
export function parseCount(text: string): number {
  return readCount(text, 'outlets');
}

/** Reads a count of targets such as `500` or `5k`. */
export function parseTargetCount(text: string): number {
  return readCount(text, 'targets');
}

/** Parses the command line (`--name value` or `--name=value`). */
export function parseSynthArgs(argv: readonly string[]): SynthArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const [name = '', inline] = (argv[i] ?? '').split('=', 2);
    if (!['--outlets', '--targets', '--seed', '--out'].includes(name))
      throw new Error(`unknown option ${name}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${name} needs a value`);
    values.set(name, value);
  }
  const countText = values.get('--outlets');
  if (countText === undefined) throw new Error('--outlets N is required');
  const outlets = parseCount(countText);
  const seed = Number(values.get('--seed') ?? '1');
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number`);
  const targetsText = values.get('--targets');
  return {
    outlets,
    ...(targetsText === undefined ? {} : { targets: parseTargetCount(targetsText) }),
    seed,
    out: values.get('--out') ?? resolve(ROOT, `.tmp/synth-${outlets}.json`),
  };
}

/** Writes to a stream, waiting for it to drain when its buffer is full. */
function streamWriter(stream: Writable) {
  return (text: string) =>
    stream.write(text) ? undefined : new Promise<void>((done) => stream.once('drain', done));
}

/** Writes the dataset the arguments ask for; resolves with the number of outlets. */
export async function runSynth(args: SynthArgs): Promise<number> {
  const network = synthNetwork({ outlets: args.outlets, seed: args.seed, targets: args.targets });
  if (args.out === '-') return writeNetworkJson(network, streamWriter(process.stdout));
  mkdirSync(dirname(resolve(args.out)), { recursive: true });
  const file = createWriteStream(args.out);
  const closed = new Promise<void>((done, fail) => {
    file.on('close', done);
    file.on('error', fail);
  });
  const count = await writeNetworkJson(network, streamWriter(file));
  file.end();
  await closed;
  return count;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const started = performance.now();
  try {
    const args = parseSynthArgs(process.argv.slice(2));
    const count = await runSynth(args);
    const where = args.out === '-' ? 'stdout' : relative(process.cwd(), args.out);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stderr.write(`${count} outlets (seed ${args.seed}) → ${where} in ${seconds} s\n`);
  } catch (error) {
    process.stderr.write(`data:synth: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
