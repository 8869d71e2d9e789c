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
const ROW = 22;
const TOP = 26;

const clip = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function BarChart({ title, bars, plan }: { title: string; bars: Bar[]; plan: number }) {
  const height = TOP + bars.length * ROW + 8;
  const x = (v: number) => LABEL + (Math.min(v, 100) / 100) * BAR_AREA;
  return (
    <figure className="card" style={{ margin: '0 0 1rem' }}>
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      <svg role="img" aria-label={title} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: WIDTH, fontSize: 12 }}>
        <line x1={LABEL} y1={TOP - 6} x2={LABEL} y2={height - 4} stroke="#9aa5b1" />
        {bars.map((b, i) => {
          const y = TOP + i * ROW;
          return (
            <g key={`${b.label}-${i}`}>
              <title>{`${b.label}: ${formatPercent(b.value)}`}</title>
              <text x={LABEL - 6} y={y + 14} textAnchor="end" fill="#1f2933">
                {clip(b.label)}
              </text>
              {b.value === null ? (
                <text x={LABEL + 6} y={y + 14} fill="#616e7c">
                  нет данных
                </text>
              ) : (
                <>
                  <rect x={LABEL} y={y + 3} width={Math.max(x(b.value) - LABEL, 1)} height={ROW - 8} fill={b.value >= plan ? '#1d7a46' : '#a05a00'} />
                  <text x={x(b.value) + 6} y={y + 14} fill="#1f2933">
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
