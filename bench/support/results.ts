import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

/** One measured number, with the baseline measured in the same run where there is one. */
export type Metric = {
  value: number;
  unit: string;
  baseline?: number;
  /** value / baseline. */
  ratio?: number;
  note?: string;
};

/** The machine a run happened on, in one line. */
export function describeMachine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memoryGiB = Math.round(totalmem() / 2 ** 30);
  return `${cpus().length} × ${cpu}, ${memoryGiB} GiB, ${process.platform}-${process.arch}, Node ${process.versions.node}`;
}

/** Metric with its ratio to a baseline, rounded for reading. */
export function withBaseline(value: number, unit: string, baseline: number, note?: string): Metric {
  const metric: Metric = {
    value: round(value),
    unit,
    baseline: round(baseline),
    ratio: round(value / baseline),
  };
  if (note) metric.note = note;
  return metric;
}

/** Rounds to three significant decimals: benchmark noise is larger than that. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Median of the samples. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The 95th percentile of the samples (nearest rank). */
export function p95(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length * 0.95) - 1] ?? 0;
}

/** Writes `bench/results/<suite>.json` in the shape BENCHMARKS.md is built from. */
export function writeResults(suite: string, metrics: Record<string, Metric>): void {
  const dir = join('bench', 'results');
  mkdirSync(dir, { recursive: true });
  const result = { suite, date: new Date().toISOString(), machine: describeMachine(), metrics };
  writeFileSync(join(dir, `${suite}.json`), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
}
