import { useMemo } from 'react';
import {
  DIMENSION_COLOURS,
  factorWebLayout,
  factorWebNames,
  formatWebValue,
  WEB_COLOURS,
  WEB_FONT,
  type FactorLink,
} from '../../shared/charts';
import type { ScoreResult } from '../../shared/scoring';
import { ChartFrame } from './ChartFrame';
import { useChartText, type ChartTheme } from './chart-text';
import { useInstrument } from './instrument-context';
import { useMarkFocus } from './use-mark-focus';

export interface FactorWebProps {
  /** The scored workshop (only `factors` is read). */
  result: Pick<ScoreResult, 'factors'>;
  theme?: ChartTheme;
  /** Another set of assumed links; defaults to FACTOR_LINKS. */
  links?: readonly FactorLink[];
}

// Sizes in the layout's units, set inline so the stylesheet's chart font cannot change the
// widths the layout measured.
const nameStyle = { fontSize: `${WEB_FONT.name}px` };
const valueStyle = { fontSize: `${WEB_FONT.value}px`, fontWeight: 700 };
const badgeStyle = { fontSize: `${WEB_FONT.badge}px`, fontWeight: 700 };
const legendStyle = { fontSize: `${WEB_FONT.legend}px` };

/**
 * Links the model assumes between the factors this room scores at 50 or more, as a left-to-right
 * flow, with at most three distinct chains listed and the strongest links' reasons keyed by letter.
 */
export function FactorWeb({ result, theme = 'default', links }: FactorWebProps) {
  const instrument = useInstrument();
  const text = useChartText();
  const { t, num, lang } = text;
  const { detail, mark } = useMarkFocus();
  const names = useMemo(() => factorWebNames(instrument, lang), [instrument, lang]);
  const layout = useMemo(
    () =>
      factorWebLayout(result, {
        names: names.factors,
        dimensionNames: names.dimensions,
        ...(links ? { links } : {}),
      }),
    [result, links, names],
  );
  const name = (id: string) => names.factors[id] ?? id;

  const nodeText = (node: (typeof layout.nodes)[number]) => {
    const sentence = t('charts.web.node', {
      label: name(node.id),
      dimension: names.dimensions[node.dimension] ?? node.dimension,
      mean: num(node.mean),
      n: node.n,
      agreement: text.agreementName(node.agreement),
    });
    return node.onChain ? `${sentence} ${t('charts.web.nodeChain')}` : sentence;
  };
  const linkText = (link: (typeof layout.links)[number]) =>
    t('charts.web.link', {
      from: name(link.from),
      to: name(link.to),
      why: link.why[lang],
      weight: num(link.weight),
    });
  const lettered = layout.links
    .filter((link) => link.label !== null)
    .sort((p, q) => ((p.label?.text ?? '') < (q.label?.text ?? '') ? -1 : 1));

  const notes = (
    <div className="chart__paths">
      <h4>{t('charts.web.chainsTitle')}</h4>
      {layout.chains.length === 0 ? (
        <p>{t('charts.web.noChains')}</p>
      ) : (
        <ol>
          {layout.chains.map((chain) => (
            <li key={chain.key}>
              {[...chain.factors, ...(chain.loop ? [chain.factors[0] ?? ''] : [])]
                .map(name)
                .join(' → ')}
              {chain.loop ? ` (${t('charts.web.loop')})` : ''}
            </li>
          ))}
        </ol>
      )}
      {lettered.length > 0 ? (
        <>
          <h4>{t('charts.web.reasonsTitle')}</h4>
          <ul className="chart__reasons">
            {lettered.map((link) => (
              <li key={link.key}>
                <span className="chart__flag">{link.label?.text}</span>{' '}
                {t('charts.web.reason', {
                  from: name(link.from),
                  to: name(link.to),
                  why: link.why[lang],
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {layout.unlinked.length > 0 ? (
        <p>{t('charts.web.unlinked', { list: layout.unlinked.map(name).join('; ') })}</p>
      ) : null}
      <p className="chart__note">{t('charts.web.source')}</p>
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
            <th scope="col">{t('charts.web.colChain')}</th>
          </tr>
        </thead>
        <tbody>
          {layout.links.map((link) => (
            <tr key={link.key}>
              <td>{name(link.from)}</td>
              <td>{name(link.to)}</td>
              <td>{link.why[lang]}</td>
              <td className="chart__num">{num(link.weight)}</td>
              <td>{link.chains.map((index) => index + 1).join(', ')}</td>
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
              <th scope="row">{name(node.id)}</th>
              <td className="chart__num">{num(node.mean)}</td>
              <td className="chart__num">{node.n}</td>
              <td>{text.agreementName(node.agreement)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );

  // Links off every chain go first, so the chains' dark arrows are never drawn under them.
  const drawOrder = [...layout.links].sort(
    (p, q) => Number(p.chains.length > 0) - Number(q.chains.length > 0),
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
        chains: layout.chains.length,
      })}
      width={layout.width}
      height={layout.height}
      detail={detail}
      hint={t('charts.common.detailHint')}
      tableLabel={t('charts.common.showTable')}
      table={table}
      notes={notes}
    >
      {() => (
        <>
          {layout.empty ? (
            <text x={layout.empty.x} y={layout.empty.y} textAnchor="middle" style={nameStyle}>
              {t('charts.web.empty')}
            </text>
          ) : null}
          {drawOrder.map((link) => {
            const colour = link.chains.length > 0 ? WEB_COLOURS.chain : WEB_COLOURS.link;
            const label = linkText(link);
            return (
              <g key={link.key} {...mark(label)}>
                <title>{label}</title>
                <path d={link.path} fill="none" stroke={colour} strokeWidth={link.strokeWidth} />
                <polygon points={link.arrow} fill={colour} />
              </g>
            );
          })}
          {layout.nodes.map((node) => {
            const label = nodeText(node);
            return (
              <g key={node.id} {...mark(label, `chart-dim--${node.dimension}`)}>
                <title>{label}</title>
                <rect
                  x={node.box.x}
                  y={node.box.y}
                  width={node.box.width}
                  height={node.box.height}
                  rx={3}
                  fill="#ffffff"
                  stroke={node.onChain ? WEB_COLOURS.chain : WEB_COLOURS.box}
                  strokeWidth={node.onChain ? 1.6 : 1}
                />
                <rect
                  x={node.stripe.x}
                  y={node.stripe.y}
                  width={node.stripe.width}
                  height={node.stripe.height}
                  fill={DIMENSION_COLOURS[node.dimension]}
                />
                {node.lines.map((line) => (
                  <text key={`${line.y}`} x={line.x} y={line.y} style={nameStyle}>
                    {line.text}
                  </text>
                ))}
                <text x={node.value.x} y={node.value.y} style={valueStyle}>
                  {formatWebValue(node.mean, lang)}
                </text>
              </g>
            );
          })}
          {layout.links.map((link) =>
            link.label ? (
              <g key={`label-${link.key}`} aria-hidden="true">
                <circle
                  cx={link.label.x}
                  cy={link.label.y}
                  r={link.label.r}
                  fill="#ffffff"
                  stroke={WEB_COLOURS.chain}
                  strokeWidth={1.2}
                />
                <text
                  x={link.label.x}
                  y={link.label.y + WEB_FONT.badge * 0.36}
                  textAnchor="middle"
                  style={badgeStyle}
                >
                  {link.label.text}
                </text>
              </g>
            ) : null,
          )}
          {layout.legend.map((entry) => (
            <g key={entry.dimension} aria-hidden="true">
              <rect
                x={entry.swatch.x}
                y={entry.swatch.y}
                width={entry.swatch.width}
                height={entry.swatch.height}
                fill={DIMENSION_COLOURS[entry.dimension]}
              />
              <text x={entry.text.x} y={entry.text.y} style={legendStyle}>
                {entry.text.text}
              </text>
            </g>
          ))}
        </>
      )}
    </ChartFrame>
  );
}
