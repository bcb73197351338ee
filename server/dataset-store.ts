import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { ProvinceIndex } from '../src/data/domain/province-check';
import type { Network } from '../src/data/domain/schema';
import type { DataIssue } from '../src/data/domain/data-issue';
import { losesAllOutlets } from '../src/data/domain/dataset-gate';
import { parseDatasetText, readTextFile } from './read-dataset';

/** One served version of the dataset: its valid records, encoded once. */
export interface DatasetVersion {
  body: Buffer;
  gzip: Buffer;
  /** Strong validator of `body`: a quoted SHA-256 digest. */
  etag: string;
  loadedAt: string;
  outlets: number;
  cities: number;
  targets: number;
  issues: DataIssue[];
}

export interface DatasetStoreOptions {
  provinces?: ProvinceIndex;
  maxBytes?: number;
  /** How often the file is checked for changes. */
  pollIntervalMs?: number;
  log: (line: string) => void;
}

const LOGGED_ISSUES = 20;

function count(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function buildVersion(network: Network, issues: DataIssue[]): DatasetVersion {
  const body = Buffer.from(JSON.stringify(network));
  return {
    body,
    gzip: gzipSync(body),
    etag: `"${createHash('sha256').update(body).digest('base64url')}"`,
    loadedAt: new Date().toISOString(),
    outlets: network.outlets.length,
    cities: network.cities.length,
    targets: network.targets?.length ?? 0,
    issues,
  };
}

/**
 * Holds the last good version of a dataset file and reloads it when the file changes. A file
 * without a usable document (unreadable, not UTF-8 or UTF-16, empty, HTML, malformed, nested
 * too deep, too big, not a dataset, no valid record, or no valid outlet where the served
 * version has some) leaves the last good version in place; `lastError` says why.
 */
export class DatasetStore {
  current: DatasetVersion | null = null;
  lastError: string | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;
  /** The file's signature when it was last read, and one seen since that may still be changing. */
  private seen = '';
  private pending = '';

  constructor(
    readonly file: string,
    private readonly options: DatasetStoreOptions,
  ) {}

  /** Reads and validates the file now; returns whether a version is being served. */
  reload(): boolean {
    const { log } = this.options;
    this.seen = this.signature();
    try {
      const text = readTextFile(this.file, this.options.maxBytes);
      const { network, issues } = parseDatasetText(text, this.file, this.options.provinces);
      const errors = issues.filter((issue) => issue.severity === 'error');
      const [first] = errors;
      const firstError = first ? `; first: ${first.path}: ${first.message}` : '';
      if (network.cities.length === 0 && network.outlets.length === 0 && first) {
        throw new Error(`${this.file}: no valid record (${errors.length} errors${firstError})`);
      }
      const served = this.current?.outlets ?? 0;
      if (losesAllOutlets(network.outlets.length, served)) {
        throw new Error(
          `${this.file}: no valid outlet (${errors.length} errors${firstError}) where the served version has ${count(served, 'outlet')}`,
        );
      }
      const version = buildVersion(network, issues);
      this.lastError = null;
      if (this.current?.etag === version.etag) {
        this.current = { ...this.current, issues };
        log(
          `reloaded ${this.file}: the served records are unchanged (${count(issues.length, 'issue')})`,
        );
        return true;
      }
      this.current = version;
      log(
        `loaded ${this.file}: ${count(network.outlets.length, 'outlet')}, ${count(network.cities.length, 'city', 'cities')}, ${count(version.targets, 'target')}, ${count(issues.length, 'issue')}; ETag ${this.current.etag}`,
      );
      for (const issue of issues.slice(0, LOGGED_ISSUES))
        log(`  ${issue.severity} ${issue.path}: ${issue.message}`);
      if (issues.length > LOGGED_ISSUES)
        log(`  … and ${issues.length - LOGGED_ISSUES} more (see /api/v1/health)`);
      return true;
    } catch (error) {
      this.lastError = describe(error);
      log(
        this.current
          ? `kept the last good version: ${this.lastError}`
          : `no dataset to serve: ${this.lastError}`,
      );
      return this.current !== null;
    }
  }

  private signature(): string {
    try {
      const stat = statSync(this.file);
      return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    } catch (error) {
      return `unreadable:${(error as NodeJS.ErrnoException).code ?? ''}`;
    }
  }

  /**
   * Polls the file until `close`, robust to editors that replace files: a change is reloaded
   * once the file has stayed the same for one interval, so a half-written file is not read.
   */
  watch(): void {
    this.timer = setInterval(() => {
      const now = this.signature();
      if (now === this.seen) return;
      if (now === this.pending) this.reload();
      this.pending = now;
    }, this.options.pollIntervalMs ?? 1000);
    this.timer.unref();
  }

  close(): void {
    clearInterval(this.timer);
  }
}
