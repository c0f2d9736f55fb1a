/**
 * Code 128 data for ESC/POS `GS k 73` ("format B": the host picks subsets). node-thermal-printer
 * prefixes `{B`; this returns what follows, switching to subset C (`{C`, then one byte 0–99 per
 * digit pair) for digit runs where that is shorter, so a 13-digit tracking number stays narrow
 * enough for 72 mm paper. `{` itself is sent as `{{` in subset B.
 */
export function escPosCode128Data(data: string): string {
  if (!/^[\x20-\x7e]*$/.test(data)) throw new RangeError('Code 128 on ESC/POS takes printable ASCII only');
  const runs = data.match(/\d+|\D+/g) ?? [];
  let out = '';
  runs.forEach((run, index) => {
    if (!/^\d/.test(run)) {
      out += run.replace(/\{/g, '{{');
      return;
    }
    const odd = run.length % 2;
    const isLast = index === runs.length - 1;
    // Same trade as the template's width estimate: C pays for its switches in and out.
    const costInC = Math.floor(run.length / 2) + odd + 1 + (isLast ? 0 : 1);
    if (costInC >= run.length) {
      out += run;
      return;
    }
    // An odd digit out is printed in B before switching, so the pairs stay aligned.
    const head = odd === 1 ? (run[0] ?? '') : '';
    const pairs = run.slice(odd);
    let packed = '';
    for (let index = 0; index < pairs.length; index += 2)
      packed += String.fromCharCode(Number(pairs.slice(index, index + 2)));
    out += `${head}{C${packed}${isLast ? '' : '{B'}`;
  });
  return out;
}
