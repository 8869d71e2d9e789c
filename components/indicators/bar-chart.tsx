// A horizontal bar chart of shares in per cent with the plan as a dashed line: inline SVG
// drawn on the server, no chart library and no client JavaScript.
import { formatPercent } from '@/lib/domain/indicators/compute';

export interface Bar {
  label: string;
  value: number | null;
}

const WIDTH = 760;
const LABEL = 290;
const BAR_AREA = 380;
const TOP = 26;
const LINE = 14;
/** Characters of a label line that fit left of the axis even in capitals (~7.5 px each at 12 px). */
const LINE_CHARS = 36;

/** A label in at most two lines broken between words, the second cut with «…»: one line of
 * 40 characters ran past the left edge of the picture («КУ «Управление…»). */
export function labelLines(label: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= LINE_CHARS || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const cut = (s: string) => (s.length > LINE_CHARS ? `${s.slice(0, LINE_CHARS - 1)}…` : s);
  if (lines.length <= 2) return lines.map(cut);
  return [cut(lines[0]!), `${lines[1]!.slice(0, LINE_CHARS - 1)}…`];
}

/** `max` is the right end of the scale: 100 % by default; small shares (2 % of mentors) get a shorter scale. */
export function BarChart({ title, bars, plan, max = 100 }: { title: string; bars: Bar[]; plan: number; max?: number }) {
  const wrapped = bars.map((b) => labelLines(b.label));
  const row = wrapped.some((l) => l.length > 1) ? 2 * LINE + 6 : 22;
  const height = TOP + bars.length * row + 8;
  const x = (v: number) => LABEL + (Math.min(v, max) / max) * BAR_AREA;
  return (
    <figure className="card" style={{ margin: '0 0 1rem' }}>
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      <svg role="img" aria-label={title} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: WIDTH, fontSize: 12 }}>
        <line x1={LABEL} y1={TOP - 6} x2={LABEL} y2={height - 4} stroke="#9aa5b1" />
        {bars.map((b, i) => {
          const y = TOP + i * row;
          const lines = wrapped[i]!;
          // The bar and its value sit level with the label's middle.
          const mid = y + (row - 22) / 2;
          return (
            <g key={`${b.label}-${i}`}>
              <title>{`${b.label}: ${formatPercent(b.value)}`}</title>
              <text x={LABEL - 6} y={mid + 14 - ((lines.length - 1) * LINE) / 2} textAnchor="end" fill="#1f2933" data-bar-label>
                {lines.map((l, k) => (
                  <tspan key={k} x={LABEL - 6} dy={k === 0 ? 0 : LINE}>
                    {l}
                  </tspan>
                ))}
              </text>
              {b.value === null ? (
                <text x={LABEL + 6} y={mid + 14} fill="#616e7c">
                  нет данных
                </text>
              ) : (
                <>
                  <rect x={LABEL} y={mid + 3} width={Math.max(x(b.value) - LABEL, 1)} height={14} fill={b.value >= plan ? '#1d7a46' : '#a05a00'} />
                  <text x={x(b.value) + 6} y={mid + 14} fill="#1f2933">
                    {formatPercent(b.value)}
                  </text>
                </>
              )}
            </g>
          );
        })}
        <line x1={x(plan)} y1={TOP - 6} x2={x(plan)} y2={height - 4} stroke="#b42318" strokeDasharray="4 3" />
        <text x={x(plan)} y={TOP - 10} textAnchor="middle" fill="#b42318">
          план {plan} %
        </text>
      </svg>
    </figure>
  );
}
