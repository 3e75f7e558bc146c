/** One channel's level for the meter, in dBFS. */
export interface MeterLevel {
  readonly rmsDb: number;
  readonly peakDb: number;
}

const BAR = 20;

function bar(db: number): string {
  const filled = Math.max(0, Math.min(BAR, Math.round(((db + 60) / 60) * BAR)));
  return '#'.repeat(filled) + '-'.repeat(BAR - filled);
}

function db(v: number): string {
  return (Number.isFinite(v) ? v.toFixed(1) : '-inf').padStart(6);
}

/**
 * The one-line live meter of `rxdsp run`: elapsed / total seconds and, per channel, a
 * 20-character bar over −60…0 dBFS (RMS) with the RMS and peak figures.
 *
 * ```text
 *   2.1/5.0 s  L [##############------]  -18.2 dBFS rms  -9.4 peak  R [...]
 * ```
 */
export function formatMeterLine(elapsedSeconds: number, totalSeconds: number, levels: readonly MeterLevel[]): string {
  const time = totalSeconds > 0 ? `${elapsedSeconds.toFixed(1).padStart(5)}/${totalSeconds.toFixed(1)} s` : `${elapsedSeconds.toFixed(1).padStart(5)} s`;
  const names = levels.length === 2 ? ['L', 'R'] : levels.map((_, i) => String(i + 1));
  const parts = levels.map((lv, i) => `${names[i]} [${bar(lv.rmsDb)}] ${db(lv.rmsDb)} dBFS rms ${db(lv.peakDb)} peak`);
  return `${time}  ${parts.join('  ')}`;
}
