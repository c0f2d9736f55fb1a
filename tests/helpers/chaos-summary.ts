import type { CommandResult } from '../../src-shared/domain';
import type { ChaosStation } from './chaos-fleet';
import type { ChaosRunLog } from './chaos-run';

/** What the summary is made of. */
export type ChaosSummaryInput = {
  readonly seed: number;
  readonly stations: readonly ChaosStation[];
  readonly log: ChaosRunLog;
  readonly results: ReadonlyMap<string, CommandResult>;
  readonly rounds: number;
  readonly runMs: number;
  readonly settleMs: number;
};

/** A few lines for the test report: how much happened, how it was decided, what broke meanwhile. */
export function formatChaosSummary(input: ChaosSummaryInput): string {
  const { log, stations } = input;
  const verdicts = [...input.results.values()];
  const accepted = verdicts.filter((result) => result.status === 'accepted').length;
  const rejectedByCode = countBy(
    verdicts.filter((result) => result.status === 'rejected'),
    (result) => result.code ?? 'none',
  );
  const refusedByType = countBy(log.refused, (refused) => refused.input.type);
  const cutsByMode = countBy(log.cuts, (cut) => cut.mode);
  const dropped = stations.reduce((sum, station) => sum + station.proxy.stats.dropped, 0);
  const swallowedPushes = stations.reduce((sum, station) => sum + station.proxy.stats.swallowedPushes, 0);
  const swallowedKb = stations.reduce((sum, station) => sum + station.proxy.stats.swallowedBytes, 0) / 1024;
  const restarted = log.stationRestarts
    .map((restart) => `${stations[restart.station]?.spec.name} at round ${restart.round}`)
    .join(', ');
  const warehouses = new Set(stations.map((station) => station.warehouseId)).size;
  return [
    `sync chaos, seed ${input.seed}: ${stations.length} stations in ${warehouses} warehouses, ` +
      `${input.rounds} rounds in ${seconds(input.runMs)}, quiet again ${seconds(input.settleMs)} later`,
    `  commands: ${log.issued.length + log.refused.length} issued, ${log.issued.length} queued ` +
      `(${log.issued.filter((issued) => issued.isOffline).length} while offline), ` +
      `${log.refused.length} refused at the station ${format(refusedByType)}`,
    `  hub: ${accepted} accepted, ${verdicts.length - accepted} rejected ${format(rejectedByCode)}`,
    `  faults: ${log.cuts.length} link cuts ${format(cutsByMode)}, hub restarted at rounds ` +
      `${log.hubStops.join(' and ')}, ${restarted} restarted; ` +
      `${dropped} connections dropped, ${swallowedKb.toFixed(0)} KB of answers lost ` +
      `(${swallowedPushes} to command pushes)`,
    `  stock: ${log.stockSamples} samples while running, ${log.negativeStockSeen.length} negative`,
  ].join('\n');
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

function format(counts: ReadonlyMap<string, number>): string {
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([key, count]) => `${key} ${count}`);
  return parts.length === 0 ? '' : `(${parts.join(', ')})`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
