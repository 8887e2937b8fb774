import { useMemo } from 'react';
import {
  DIMENSION_COLOURS,
  factorWebLayout,
  OKABE_ITO,
  type FactorLink,
} from '../../shared/charts';
import type { ScoreResult } from '../../shared/scoring';
import { ChartFrame } from './ChartFrame';
import { useChartText, type ChartTheme } from './chart-text';
import { useMarkFocus } from './use-mark-focus';

export interface FactorWebProps {
  /** The scored workshop (only `factors` is read). */
  result: Pick<ScoreResult, 'factors'>;
  theme?: ChartTheme;
  /** Another set of framework links; defaults to FACTOR_LINKS. */
  links?: readonly FactorLink[];
}

/** Factor web: factors around a ring by dimension, links where one debt feeds another, compounding chains marked. */
export function FactorWeb({ result, theme = 'default', links }: FactorWebProps) {
  const text = useChartText();
  const { t, num, lang } = text;
  const { detail, mark } = useMarkFocus();
  const layout = useMemo(() => factorWebLayout(result, links ? { links } : {}), [result, links]);
  const compoundingCount = layout.links.filter((link) => link.compounding).length;

  const nodeText = (id: string) => {
    const node = layout.nodes.find((entry) => entry.id === id);
    if (!node) return id;
    const base = {
      label: text.factorName(node.id),
      dimension: text.dimensionName(node.dimension),
    };
    const sentence = node.insufficient
      ? t('charts.web.nodeInsufficient', base)
      : t('charts.web.node', {
          ...base,
          mean: num(node.mean),
          n: node.n,
          agreement: text.agreementName(node.agreement),
        });
    return node.compounding ? `${sentence} ${t('charts.web.nodeCompounding')}` : sentence;
  };
  const linkText = (link: (typeof layout.links)[number]) => {
    const values = {
      from: text.factorName(link.from),
      to: text.factorName(link.to),
      why: link.why[lang],
    };
    return link.weight === null
      ? t('charts.web.linkInsufficient', values)
      : t('charts.web.link', { ...values, weight: num(link.weight) });
  };

  const notes = (
    <div className="chart__paths">
      <h4>{t('charts.web.pathsTitle')}</h4>
      {layout.paths.length === 0 ? (
        <p>{t('charts.web.noPaths')}</p>
      ) : (
        <ol>
          {layout.paths.map((path) => (
            <li key={path.key}>
              {[...path.factors, ...(path.loop ? [path.factors[0] ?? ''] : [])]
                .map((id) => text.factorShort(id))
                .join(' → ')}
              {path.loop ? ` (${t('charts.web.loop')})` : ''}
            </li>
          ))}
        </ol>
      )}
    </div>
  );

  const table = (
    <>
      <table>
        <caption>{t('charts.web.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('charts.web.colFrom')}</th>
            <th scope="col">{t('charts.web.colTo')}</th>
            <th scope="col">{t('charts.web.colWhy')}</th>
            <th scope="col">{t('charts.web.colWeight')}</th>
            <th scope="col">{t('charts.web.colCompounding')}</th>
          </tr>
        </thead>
        <tbody>
          {layout.links.map((link) => (
            <tr key={link.key}>
              <td>{text.factorName(link.from)}</td>
              <td>{text.factorName(link.to)}</td>
              <td>{link.why[lang]}</td>
              <td className="chart__num">{num(link.weight)}</td>
              <td>{link.compounding ? t('charts.web.compoundingTag') : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t('charts.web.factorsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('charts.web.colFactor')}</th>
            <th scope="col">{t('charts.web.colMean')}</th>
            <th scope="col">{t('charts.web.colN')}</th>
            <th scope="col">{t('charts.strips.colAgreement')}</th>
          </tr>
        </thead>
        <tbody>
          {layout.nodes.map((node) => (
            <tr key={node.id}>
              <th scope="row">{text.factorName(node.id)}</th>
              <td className="chart__num">
                {node.insufficient ? t('charts.common.insufficientMark') : num(node.mean)}
              </td>
              <td className="chart__num">{node.n}</td>
              <td>{text.agreementName(node.agreement)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );

  return (
    <ChartFrame
      theme={theme}
      kind="web"
      title={t('charts.web.title')}
      how={t('charts.web.how')}
      ariaLabel={t('charts.web.aria', {
        count: layout.nodes.length,
        links: layout.links.length,
        compounding: compoundingCount,
      })}
      width={layout.width}
      height={layout.height}
      detail={detail}
      hint={t('charts.common.detailHint')}
      tableLabel={t('charts.common.showTable')}
      table={table}
      notes={notes}
    >
      {({ prefix }) => (
        <>
          <defs>
            <marker
              id={`${prefix}-arrow`}
              viewBox="0 0 10 10"
              refX="8"
              refY="5"
              markerWidth="5"
              markerHeight="5"
              orient="auto"
            >
              <path d="M0,0L10,5L0,10Z" fill="#6b6b6b" />
            </marker>
            <marker
              id={`${prefix}-arrow-hot`}
              viewBox="0 0 10 10"
              refX="8"
              refY="5"
              markerWidth="4"
              markerHeight="4"
              orient="auto"
            >
              <path d="M0,0L10,5L0,10Z" fill={OKABE_ITO.black} />
            </marker>
          </defs>
          {layout.sectors.map((sector) => (
            <path
              key={sector.dimension}
              d={sector.path}
              fill="none"
              stroke={DIMENSION_COLOURS[sector.dimension]}
              strokeWidth={8}
              strokeLinecap="round"
              aria-hidden="true"
            />
          ))}
          {layout.links.map((link) => {
            const label = linkText(link);
            return (
              <g key={link.key}>
                {link.compounding ? (
                  <path
                    d={link.path}
                    fill="none"
                    stroke={OKABE_ITO.black}
                    strokeWidth={link.strokeWidth + 4}
                  />
                ) : null}
                <path
                  d={link.path}
                  fill="none"
                  stroke={link.compounding ? '#ffffff' : 'var(--chart-link)'}
                  strokeWidth={link.strokeWidth}
                  strokeDasharray={link.weight === null ? '4 4' : undefined}
                  markerEnd={`url(#${prefix}-${link.compounding ? 'arrow-hot' : 'arrow'})`}
                  {...mark(label)}
                >
                  <title>{label}</title>
                </path>
              </g>
            );
          })}
          {/* Dimension names go above the links, so no arrow hides them. */}
          {layout.sectors.map((sector) => (
            <text
              key={sector.dimension}
              x={sector.label.x}
              y={sector.label.y}
              textAnchor="middle"
              className="chart__small chart__halo"
              fontWeight={700}
            >
              {text.dimensionName(sector.dimension)}
            </text>
          ))}
          {layout.nodes.map((node) => {
            const label = nodeText(node.id);
            return (
              <g key={node.id}>
                {node.compounding ? (
                  <circle
                    cx={node.x}
                    cy={node.y}
                    r={node.r + 4}
                    fill="none"
                    stroke={OKABE_ITO.black}
                    strokeWidth={2}
                  />
                ) : null}
                <circle
                  cx={node.x}
                  cy={node.y}
                  r={node.r}
                  fill={node.insufficient ? '#ffffff' : DIMENSION_COLOURS[node.dimension]}
                  stroke={node.insufficient ? DIMENSION_COLOURS[node.dimension] : OKABE_ITO.black}
                  strokeWidth={node.insufficient ? 2.5 : 1}
                  strokeDasharray={node.insufficient ? '3 2' : undefined}
                  {...mark(label, `chart-dim--${node.dimension}`)}
                >
                  <title>{label}</title>
                </circle>
                {node.insufficient ? (
                  <text
                    x={node.x}
                    y={node.y + 4}
                    textAnchor="middle"
                    className="chart__small"
                    aria-hidden="true"
                  >
                    ?
                  </text>
                ) : null}
                <text
                  x={node.label.x}
                  y={node.label.y}
                  textAnchor={node.label.anchor}
                  className="chart__small"
                >
                  {text.factorShort(node.id)}
                  {node.insufficient ? ` (${t('charts.common.insufficientMark')})` : ''}
                </text>
              </g>
            );
          })}
        </>
      )}
    </ChartFrame>
  );
}
