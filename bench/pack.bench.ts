// Suite `pack`: the pack bench (Step 4). Scan to verdict at the real pack screen in Chromium
// (against the bridge's round trip), one 4×6 shipping label built and rendered to ZPL (against the
// same label in TSPL), and 500 labels through the station's print queue to a TCP printer peer
// (against the same bytes written raw over one connection).
import { median, p95, round, withBaseline, writeResults } from './support/results';
import { measureBatchPrint, measureLabelRender } from './support/pack-printing';
import { measureScanLatency } from './support/pack-scan-latency';

const renderSamples = 2_000;
const batchLabels = 500;
const scannedOrders = 25;

const latency = await measureScanLatency(scannedOrders);
console.log(
  'scan to verdict median',
  median(latency.verdictMs),
  'p95',
  p95(latency.verdictMs),
  latency.verdicts,
);
const render = measureLabelRender(renderSamples);
console.log('render median zpl', median(render.zplMs), 'tspl', median(render.tsplMs));
const batch = await measureBatchPrint(batchLabels);
console.log('batch', batch);
if (batch.duplicates > 0) throw new Error(`${batch.duplicates} labels printed twice`);

writeResults('pack', {
  scan_to_verdict_p95_ms: withBaseline(
    p95(latency.verdictMs),
    'ms',
    p95(latency.bridgeMs),
    `last key of a wedge scan burst until the frame after the verdict painted, Chromium against the ` +
      `station host, ${latency.verdictMs.length} scans over ${scannedOrders} orders ` +
      `(${Object.entries(latency.verdicts)
        .map(([verdict, count]) => `${count} ${verdict}`)
        .join(', ')}), median ${round(median(latency.verdictMs))} ms; ` +
      'baseline: one bridge call from the page and a frame; target < 50',
  ),
  zpl_render_ms: withBaseline(
    median(render.zplMs),
    'ms',
    median(render.tsplMs),
    `4×6 waybill (template, layout, ZPL), median of ${renderSamples}, p95 ${round(p95(render.zplMs))} ms; ` +
      'baseline: the same label to TSPL',
  ),
  batch_500_labels_s: withBaseline(
    batch.queueMs / 1000,
    's',
    batch.rawMs / 1000,
    `${batch.labels} waybills queued in one batch, rendered, each after a ~HS status query, to a TCP ` +
      `printer peer; ${batch.duplicates} printed twice; baseline: the same ZPL written raw on one connection`,
  ),
});
