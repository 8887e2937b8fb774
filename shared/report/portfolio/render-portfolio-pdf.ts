import { jsPDF } from 'jspdf';
import type { Branding } from '../../branding/branding';
import { WHITE_TEXT } from '../../branding/contrast';
import type { Language } from '../../domain/workshop';
import type { PortfolioResult } from '../../portfolio/types';
import { MODEL_VERSION } from '../../scoring/constants';
import {
  ACCENT,
  drawSectionTitle,
  drawText,
  fit,
  INK,
  LIGHT,
  lineHeight,
  MUTED,
  RULE,
  shrinkToFit,
  textWidth,
  wrap,
  type TextStyle,
} from '../pdf-primitives';
import { drawBrandFooter, drawBrandLogo, drawPageNumber, drawRunningHeader } from '../page-chrome';
import { createReportDocument, type ReportFonts } from '../report-document';
import { recordText, type TextRecorder } from '../render-pdf';
import { reportXmp } from '../embedded';
import { recordBranding } from '../embedded-branding';
import { formatDate, formatFigure, formatTimestamp, REPORT_TEXTS, reportText } from '../texts';
import {
  overviewSentence,
  patternLine,
  systemicPatterns,
  teamHeadlines,
  whatFirst,
} from './decision';
import { drawPortfolioHeatmap } from './draw-portfolio-heatmap';
import { drawPortfolioMap } from './draw-portfolio-map';
import { drawHeadlineStrip, stripHeight } from './draw-headline-strip';
import { drawTrend, TREND_HEIGHT } from './draw-trend';
import { embeddedPortfolio, shortFingerprint, type PortfolioTrace } from './embedded-portfolio';
import { bandLabel, factorName } from './labels';
import { joinList, portfolioText } from './texts';
import { BOTTOM, LEFT, PAGE, PAGE_H, PAGE_W, RIGHT, TOP, WIDTH } from './page';

const BODY: TextStyle = { size: 9.3 };
const LEAD: TextStyle = { size: 10.5, color: INK };
const NOTE: TextStyle = { size: 8.3, color: MUTED };
const TABLE: TextStyle = { size: 8.3 };
const TABLE_HEAD: TextStyle = { size: 7.6, bold: true, color: MUTED };
const DEMO_INK = '#7a4100';
/** Teams per heatmap page: more would leave a figure and its n no room. */
const TEAMS_PER_HEATMAP_PAGE = 8;

/** What the portfolio report is drawn from, besides the portfolio itself. */
export interface PortfolioReportInput {
  portfolio: PortfolioResult;
  language: Language;
  /** ISO time the report is made at, printed on its method page. */
  generatedAt: string;
  /** The client the teams belong to, when they share one. */
  client: string | null;
  /** The workshops' titles by id, for the method page's list; an id without one prints its team. */
  workshopTitles?: Readonly<Record<string, string>>;
  /** Some workshop is demonstration data: every page says so. */
  demo?: boolean;
  /**
   * The selection and the workshops' fingerprints: with it the method page prints each team's
   * fingerprint and the PDF embeds its figures for `edw verify` (every PDF the app writes has it).
   */
  trace?: PortfolioTrace;
}

interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

/** Lays the portfolio out page by page; jsPDF only, so it runs in Node and in a browser alike. */
class PortfolioRenderer {
  readonly doc: jsPDF;
  readonly language: Language;
  readonly portfolio: PortfolioResult;
  y = TOP;
  readonly fill: string;
  readonly accent: string;

  constructor(
    readonly input: PortfolioReportInput,
    fonts: ReportFonts,
    readonly branding?: Branding,
  ) {
    this.language = input.language;
    this.portfolio = input.portfolio;
    this.fill = branding?.accent ?? ACCENT;
    // The accent reads on white paper wherever white text reads on the accent (AA either way).
    this.accent = branding?.accent && branding.accentText === WHITE_TEXT ? branding.accent : ACCENT;
    this.doc = createReportDocument(fonts, this.language);
  }

  t(key: Parameters<typeof portfolioText>[0], values: Record<string, string | number> = {}) {
    return portfolioText(key, this.language, values);
  }

  get k(): number {
    return this.portfolio.anonymityThreshold;
  }

  get page(): number {
    return this.doc.getNumberOfPages();
  }

  newPage(): void {
    this.doc.addPage('a4', 'portrait');
    this.y = TOP;
  }

  ensure(height: number): void {
    if (this.y + height > BOTTOM) this.newPage();
  }

  render(): Uint8Array {
    this.decisionPage();
    this.heatmapPages();
    this.patternsPage();
    this.mapPage();
    this.trendsPage();
    this.methodPage();
    this.chrome();
    this.doc.setDocumentProperties({
      title: this.title(),
      subject: this.title(),
      keywords: ['Execution Debt', 'Human Debt', `model ${MODEL_VERSION}`].join(', '),
      creator: 'Execution Debt Workshop',
    });
    this.doc.setCreationDate(new Date(this.input.generatedAt));
    this.embed();
    return new Uint8Array(this.doc.output('arraybuffer'));
  }

  title(): string {
    const client = this.input.client?.trim();
    return client ? `${this.t('title')} — ${client}` : this.t('title');
  }

  // ── Shared blocks ────────────────────────────────────────────────────────────────────────────

  sectionTitle(title: string): void {
    this.y = drawSectionTitle(this.doc, title, {
      x: LEFT,
      y: this.y,
      width: WIDTH,
      fill: this.fill,
    });
  }

  /** A heading kept with at least `keep` millimetres of what follows it. */
  heading(text: string, keep = 14): void {
    const lines = wrap(this.doc, text, WIDTH, { size: 11.5, bold: true });
    this.ensure(3.5 + lines.length * lineHeight(11.5, 1.3) + 1.8 + keep);
    this.y += 3.5;
    for (const line of lines) {
      drawText(this.doc, line, LEFT, this.y + 4, { size: 11.5, bold: true, color: this.accent });
      this.y += lineHeight(11.5, 1.3);
    }
    this.y += 1.8;
  }

  /** The height `paragraph` takes for `text`. */
  measure(text: string, style: TextStyle, width = WIDTH): number {
    return wrap(this.doc, text, width, style).length * lineHeight(style.size, 1.4) + 2.4;
  }

  paragraph(text: string, style: TextStyle = BODY, width = WIDTH, x = LEFT): void {
    const step = lineHeight(style.size, 1.4);
    for (const line of wrap(this.doc, text, width, style)) {
      this.ensure(step);
      drawText(this.doc, line, x, this.y + step * 0.72, style);
      this.y += step;
    }
    this.y += style === LEAD ? 3.5 : 2.4;
  }

  bullets(items: readonly string[], style: TextStyle = BODY): void {
    const step = lineHeight(style.size, 1.4);
    for (const item of items) {
      const lines = wrap(this.doc, item, WIDTH - 6, style);
      this.ensure(step * Math.min(2, lines.length));
      this.doc.setFillColor(this.fill);
      this.doc.circle(LEFT + 1.6, this.y + step * 0.5, 0.75, 'F');
      for (const line of lines) {
        this.ensure(step);
        drawText(this.doc, line, LEFT + 6, this.y + step * 0.72, style);
        this.y += step;
      }
      this.y += 1;
    }
    this.y += 1.6;
  }

  /** A plain table; a row too long for its column wraps, and the header repeats on a new page. */
  table(columns: readonly Column[], rows: readonly string[][]): void {
    const total = columns.reduce((sum, column) => sum + column.width, 0);
    const widths = columns.map((column) => (column.width / total) * WIDTH);
    const pad = 1.6;
    const step = lineHeight(TABLE.size, 1.3);
    const head = () => {
      let x = LEFT;
      // A header shrinks until its longest word fits its column: a word is never broken.
      const styles = columns.map((column, index) => {
        const longest = column.header
          .split(/\s+/)
          .reduce(
            (a, b) =>
              textWidth(this.doc, b, TABLE_HEAD) > textWidth(this.doc, a, TABLE_HEAD) ? b : a,
            '',
          );
        return shrinkToFit(this.doc, longest, (widths[index] ?? 0) - pad * 2, TABLE_HEAD, 5.6);
      });
      const lines = columns.map((column, index) =>
        wrap(this.doc, column.header, (widths[index] ?? 0) - pad * 2, styles[index] ?? TABLE_HEAD),
      );
      const height = Math.max(...lines.map((cell) => cell.length)) * lineHeight(7.6, 1.25) + 2.4;
      columns.forEach((column, index) => {
        const width = widths[index] ?? 0;
        (lines[index] ?? []).forEach((line, at) => {
          const anchor = column.align === 'right' ? x + width - pad : x + pad;
          drawText(this.doc, line, anchor, this.y + 3 + at * lineHeight(7.6, 1.25), {
            ...(styles[index] ?? TABLE_HEAD),
            align: column.align ?? 'left',
          });
        });
        x += width;
      });
      this.y += height;
      this.doc.setDrawColor(RULE);
      this.doc.setLineWidth(0.3);
      this.doc.line(LEFT, this.y - 1, RIGHT, this.y - 1);
      return height;
    };
    this.ensure(14 + step * 2);
    head();
    for (const row of rows) {
      const cells = row.map((text, index) =>
        wrap(this.doc, text, (widths[index] ?? 0) - pad * 2, TABLE),
      );
      const height = Math.max(...cells.map((cell) => cell.length)) * step + 1.6;
      if (this.y + height > BOTTOM) {
        this.newPage();
        head();
      }
      let x = LEFT;
      columns.forEach((column, index) => {
        const width = widths[index] ?? 0;
        (cells[index] ?? []).forEach((line, at) => {
          const anchor = column.align === 'right' ? x + width - pad : x + pad;
          drawText(this.doc, line, anchor, this.y + step * 0.75 + at * step, {
            ...TABLE,
            align: column.align ?? 'left',
          });
        });
        x += width;
      });
      this.y += height;
      this.doc.setDrawColor('#e3e6ea');
      this.doc.setLineWidth(0.2);
      this.doc.line(LEFT, this.y - 0.6, RIGHT, this.y - 0.6);
    }
    this.y += 3;
  }

  // ── Page one: the decision ───────────────────────────────────────────────────────────────────

  /** The consultant's firm on a band across the top and the logo right of the kicker. */
  brand(): number {
    const branding = this.branding;
    const doc = this.doc;
    doc.setFillColor(this.fill);
    doc.rect(0, 0, PAGE_W, branding?.firmName ? 10 : 6, 'F');
    if (!branding) return RIGHT;
    if (branding.firmName) {
      const style: TextStyle = { size: 9, bold: true, color: branding.accentText ?? '#ffffff' };
      drawText(doc, fit(doc, branding.firmName, WIDTH, style), LEFT, 6.6, style);
    }
    return branding.logo ? drawBrandLogo(doc, branding.logo, RIGHT) : RIGHT;
  }

  /** `parts` joined by `separator` into lines of the page's width, never breaking a part. */
  joinWhole(parts: readonly string[], separator: string, style: TextStyle): string[] {
    const lines: string[] = [];
    for (const part of parts) {
      const last = lines.at(-1);
      const joined = last === undefined ? part : `${last}${separator}${part}`;
      if (last !== undefined && textWidth(this.doc, joined, style) <= WIDTH) {
        lines[lines.length - 1] = joined;
      } else lines.push(...wrap(this.doc, part, WIDTH, style));
    }
    return lines;
  }

  masthead(): void {
    const doc = this.doc;
    const logoLeft = this.brand();
    drawText(
      doc,
      fit(doc, this.t('kicker').toUpperCase(), logoLeft - LEFT, { size: 8.5, bold: true }),
      LEFT,
      19,
      {
        size: 8.5,
        bold: true,
        color: this.accent,
      },
    );
    let y = 27.5;
    // A long client name shrinks the title a little before it would take a second line.
    const title = shrinkToFit(doc, this.title(), WIDTH, { size: 17, bold: true }, 14);
    for (const line of wrap(doc, this.title(), WIDTH, title)) {
      drawText(doc, line, LEFT, y, title);
      y += lineHeight(title.size, 1.18);
    }
    const dates = this.portfolio.teams.map((team) => team.date).sort();
    const first = dates[0];
    const last = dates.at(-1);
    const details = [
      ...(this.input.client?.trim()
        ? [{ label: REPORT_TEXTS.coverClient[this.language], value: this.input.client.trim() }]
        : []),
      { label: this.t('detailTeams'), value: String(this.portfolio.teams.length) },
      ...(first && last
        ? [
            {
              label: this.t('detailDates'),
              value:
                first === last
                  ? formatDate(first, this.language)
                  : this.t('dateRange', {
                      from: formatDate(first, this.language),
                      to: formatDate(last, this.language),
                    }),
            },
          ]
        : []),
      {
        label: this.t('detailGenerated'),
        value: formatDate(this.input.generatedAt.slice(0, 10), this.language),
      },
    ];
    // Each detail stays whole on its line: a date never breaks between its day and its month.
    y += 0.5;
    for (const part of this.joinWhole(
      details.map((detail) => reportText('labelled', this.language, detail)),
      '   ·   ',
      NOTE,
    )) {
      drawText(doc, part, LEFT, y, NOTE);
      y += lineHeight(NOTE.size);
    }
    const terms = reportText('coverConfidential', this.language, {
      k: this.k,
      model: MODEL_VERSION,
    });
    for (const part of wrap(doc, terms, WIDTH, { size: 7, color: MUTED })) {
      drawText(doc, part, LEFT, y, { size: 7, color: MUTED });
      y += lineHeight(7);
    }
    doc.setDrawColor(RULE);
    doc.setLineWidth(0.3);
    doc.line(LEFT, y + 1, RIGHT, y + 1);
    this.y = y + 5;
  }

  decisionPage(): void {
    this.masthead();
    // Many teams make a long strip: the rest of the page is set a little tighter, so the whole
    // decision still stands on page one.
    const compact = this.portfolio.teams.length > 12;
    const body: TextStyle = compact ? { size: 8.6 } : BODY;
    this.paragraph(overviewSentence(this.portfolio, this.language), { ...LEAD, bold: true });
    const headlines = teamHeadlines(this.portfolio);
    // How bad.
    const height = stripHeight(headlines.length);
    this.heading(this.t('howBadTitle'), height);
    this.y += drawHeadlineStrip(this.doc, headlines, {
      x: LEFT,
      y: this.y,
      width: WIDTH,
      language: this.language,
      k: this.k,
      accent: this.fill,
    });
    this.paragraph(this.t('howBadCaption'), NOTE);
    // Why.
    const systemic = systemicPatterns(this.portfolio);
    this.heading(this.t('whyTitle'), 10);
    if (systemic.length === 0) this.paragraph(this.t('noSystemic'));
    else {
      this.bullets(
        systemic
          .slice(0, compact ? 3 : 4)
          .map((pattern) => `${patternLine(pattern, this.language)}.`),
        body,
      );
    }
    const local = this.portfolio.patterns.filter((pattern) => pattern.kind === 'local').length;
    if (local > 0 && systemic.length > 0 && !compact)
      this.paragraph(this.t('localCount', { count: local }), NOTE);
    // What first: the decision, set apart.
    this.decisionBox(
      this.t('whatFirstTitle'),
      whatFirst(this.portfolio, this.language),
      compact ? { ...LEAD, size: 9.8 } : LEAD,
    );
    // How sure.
    this.heading(REPORT_TEXTS.confidenceTitle[this.language], 10);
    const shown = headlines.some((entry) => entry.shown !== null);
    const versions = this.portfolio.instrumentVersions;
    const trends = this.portfolio.teams.filter((team) => team.trend.length > 1).length;
    this.bullets(
      [
        ...(shown ? [this.t('sureTeams')] : []),
        this.t('sureAnonymity', { k: this.k }),
        versions.length > 1 || this.portfolio.factorsNotShared.length > 0
          ? this.t('sureVersions', {
              versions: joinList(versions, this.language),
              factors: joinList(
                this.portfolio.factorsNotShared.map((key) => factorName(key, this.language)),
                this.language,
              ),
            })
          : this.t('sureOneVersion', { version: versions[0] ?? '–' }),
        trends > 0 ? this.t('sureTrend', { count: trends }) : this.t('sureNoTrend'),
      ],
      body,
    );
  }

  decisionBox(title: string, text: string, style: TextStyle): void {
    const width = WIDTH - 12;
    const lines = wrap(this.doc, text, width, style);
    const step = lineHeight(style.size, 1.4);
    const height = 10 + lines.length * step + 3;
    this.ensure(height + 6);
    this.y += 2;
    const doc = this.doc;
    doc.setFillColor(LIGHT);
    doc.roundedRect(LEFT, this.y, WIDTH, height, 1.6, 1.6, 'F');
    doc.setFillColor(this.fill);
    doc.rect(LEFT, this.y, 1.4, height, 'F');
    drawText(doc, title.toUpperCase(), LEFT + 6, this.y + 6.4, {
      size: 8,
      bold: true,
      color: this.accent,
    });
    lines.forEach((line, index) =>
      drawText(doc, line, LEFT + 6, this.y + 10 + step * 0.72 + index * step, style),
    );
    this.y += height + 4;
  }

  // ── The heatmap ──────────────────────────────────────────────────────────────────────────────

  heatmapPages(): void {
    const teams = this.portfolio.teams;
    const pages = Math.max(1, Math.ceil(teams.length / TEAMS_PER_HEATMAP_PAGE));
    // Teams spread evenly over the pages, so the last page is not left with one column.
    const perPage = Math.ceil(teams.length / pages);
    for (let page = 0; page < pages; page++) {
      this.newPage();
      this.sectionTitle(page === 0 ? this.t('heatmapTitle') : this.t('heatmapContinued'));
      if (page === 0) {
        this.paragraph(
          this.t('heatmapIntro', {
            k: this.k,
            hidden: this.t('cellHidden', { k: this.k }),
            none: this.t('cellNone'),
          }),
          NOTE,
        );
      }
      this.y += drawPortfolioHeatmap(this.doc, {
        portfolio: this.portfolio,
        teams: teams.slice(page * perPage, (page + 1) * perPage),
        x: LEFT,
        y: this.y,
        width: WIDTH,
        height: BOTTOM - this.y,
        language: this.language,
      });
    }
  }

  // ── Patterns ─────────────────────────────────────────────────────────────────────────────────

  patternsPage(): void {
    this.newPage();
    this.sectionTitle(this.t('patternsTitle'));
    this.paragraph(this.t('patternsIntro'), NOTE);
    const line = (pattern: PortfolioResult['patterns'][number]) =>
      `${patternLine(pattern, this.language)}${this.t('patternTeams', {
        teams: joinList(pattern.highTeams, this.language),
      })}`;
    const systemic = systemicPatterns(this.portfolio);
    this.heading(this.t('systemicHeading'));
    if (systemic.length === 0) this.paragraph(this.t('noneSystemic'));
    else this.bullets(systemic.map(line));
    const local = this.portfolio.patterns
      .filter((pattern) => pattern.kind === 'local')
      .sort((a, b) => b.highTeams.length - a.highTeams.length);
    this.heading(this.t('localHeading'));
    if (local.length === 0) this.paragraph(this.t('noneLocal'));
    else this.bullets(local.map(line));
  }

  // ── The Debt Interaction Map ─────────────────────────────────────────────────────────────────

  mapPage(): void {
    this.newPage();
    this.sectionTitle(REPORT_TEXTS.mapTitle[this.language]);
    const points = this.portfolio.map;
    if (points.length === 0) {
      this.paragraph(this.t('mapNone'));
      return;
    }
    // The intro names the deficit the ground is shaded at, so it is written once the map is drawn.
    const introAt = { page: this.page, y: this.y };
    const introHeight = this.measure(this.t('mapIntro', { visibility: '00.0' }), NOTE);
    this.y += introHeight;
    const drawn = drawPortfolioMap(this.doc, {
      points,
      x: LEFT,
      y: this.y,
      width: WIDTH,
      language: this.language,
    });
    const after = this.y + drawn.height;
    this.y = introAt.y;
    this.paragraph(
      this.t('mapIntro', { visibility: formatFigure(drawn.visibility, this.language) }),
      NOTE,
    );
    this.y = after;
    const placed = new Set(points.map((point) => point.team));
    const missing = this.portfolio.teams
      .filter((team) => !placed.has(team.label))
      .map((team) => team.label);
    if (missing.length > 0) {
      this.paragraph(this.t('mapLeftOut', { teams: joinList(missing, this.language) }), NOTE);
    }
    const figure = (value: number) => formatFigure(value, this.language);
    this.table(
      [
        { header: this.t('colTeam'), width: 30 },
        { header: this.t('colHuman'), width: 15, align: 'right' },
        { header: this.t('colTechnical'), width: 16, align: 'right' },
        { header: this.t('colVisibility'), width: 19, align: 'right' },
        { header: this.t('colIndex'), width: 22, align: 'right' },
      ],
      points.map((point) => [
        point.team,
        figure(point.humanDebt),
        figure(point.technicalDebt),
        figure(point.visibilityDeficit),
        point.headline === null
          ? REPORT_TEXTS.insufficientShort[this.language]
          : `${figure(point.headline)} · ${bandLabel(point.band, this.language)}`,
      ]),
    );
  }

  // ── Trends ───────────────────────────────────────────────────────────────────────────────────

  trendsPage(): void {
    const teams = this.portfolio.teams.filter((team) => team.trend.length > 1);
    if (teams.length === 0) return;
    this.newPage();
    this.sectionTitle(this.t('trendsTitle'));
    this.paragraph(this.t('trendsIntro'), NOTE);
    const gap = 8;
    const width = (WIDTH - gap) / 2;
    teams.forEach((team, index) => {
      const column = index % 2;
      if (column === 0) this.ensure(TREND_HEIGHT + 4);
      drawTrend(this.doc, team, {
        x: LEFT + column * (width + gap),
        y: this.y,
        width,
        language: this.language,
        accent: this.fill,
      });
      if (column === 1 || index === teams.length - 1) this.y += TREND_HEIGHT + 6;
    });
  }

  // ── Method ───────────────────────────────────────────────────────────────────────────────────

  methodPage(): void {
    this.newPage();
    this.sectionTitle(this.t('methodTitle'));
    this.paragraph(this.t('methodSource'));
    this.paragraph(this.t('methodK', { k: this.k }));
    this.paragraph(this.t('methodHigh'));
    this.paragraph(REPORT_TEXTS.methodIndex[this.language]);
    this.paragraph(REPORT_TEXTS.methodAttribution[this.language]);
    this.paragraph(
      this.t('generatedAt', { when: formatTimestamp(this.input.generatedAt, this.language) }),
      NOTE,
    );
    this.heading(this.t('methodWorkshops'), 20);
    this.paragraph(this.t('methodWorkshopsNote'), NOTE);
    const headlines = teamHeadlines(this.portfolio);
    const titles = this.input.workshopTitles ?? {};
    this.table(
      [
        { header: this.t('colTeam'), width: 28 },
        { header: this.t('colWorkshop'), width: 34 },
        { header: this.t('colDate'), width: 20 },
        { header: this.t('colVersion'), width: 10 },
        { header: this.t('colPeople'), width: 14, align: 'right' },
      ],
      headlines.map(({ team, shown }) => [
        team.label,
        titles[team.workshopId] ?? team.label,
        formatDate(team.date, this.language),
        team.instrumentVersion,
        team.withheld
          ? this.t('columnWithheld', { k: this.k })
          : shown
            ? String(shown.n)
            : REPORT_TEXTS.insufficientShort[this.language],
      ]),
    );
    this.fingerprints(headlines.map(({ team }) => team));
  }

  /**
   * Each team's workshop fingerprint, short as the team's own report prints it in its footer, so a
   * reader can match a team to its report. A table of its own: beside the others it would break.
   */
  fingerprints(teams: readonly { label: string; workshopId: string }[]): void {
    const fingerprints = new Map(
      (this.input.trace?.workshops ?? []).map((entry) => [entry.id, entry.fingerprint]),
    );
    if (fingerprints.size === 0) return;
    const titles = this.input.workshopTitles ?? {};
    this.paragraph(this.t('methodFingerprints'), NOTE);
    this.table(
      [
        { header: this.t('colTeam'), width: 28 },
        { header: this.t('colWorkshop'), width: 34 },
        { header: this.t('colFingerprint'), width: 44 },
      ],
      teams.map((team) => [
        team.label,
        titles[team.workshopId] ?? team.label,
        shortFingerprint(fingerprints.get(team.workshopId) ?? ''),
      ]),
    );
  }

  /** The selection, k, fingerprints and every printed figure, in the XMP packet as a report's. */
  embed(): void {
    const { trace } = this.input;
    if (!trace) return;
    const embedded = embeddedPortfolio(this.portfolio, trace, {
      language: this.language,
      generatedAt: this.input.generatedAt,
      ...(this.branding ? { branding: recordBranding(this.branding) } : {}),
      ...(this.input.demo ? { demo: true } : {}),
    });
    const title = this.title();
    this.doc.addMetadata(
      reportXmp(
        { ...embedded, fingerprint: trace.workshops.map((entry) => entry.fingerprint).join(' ') },
        { title, subject: title, keywords: `Execution Debt, model ${MODEL_VERSION}` },
      ),
      true,
    );
  }

  // ── Every page ───────────────────────────────────────────────────────────────────────────────

  chrome(): void {
    const doc = this.doc;
    const pages = this.page;
    const header = [this.t('runningHeader'), this.input.client?.trim() ?? '']
      .filter((part) => part !== '')
      .join(' · ');
    for (let page = 1; page <= pages; page++) {
      doc.setPage(page);
      // A long client name shrinks the header a little before it is cut.
      if (page > 1) drawRunningHeader(doc, PAGE, header, this.branding?.firmName ?? '', 6.5);
      drawBrandFooter(doc, PAGE, this.branding?.footer);
      if (this.input.demo) {
        drawText(doc, REPORT_TEXTS.demoFooter[this.language], LEFT, PAGE_H - 10, {
          size: 7,
          bold: true,
          color: DEMO_INK,
        });
      }
      drawPageNumber(doc, PAGE, reportText('page', this.language, { page, pages }));
    }
  }
}

/**
 * The portfolio report as an A4 PDF with embedded fonts: page one is the decision (how bad, why,
 * what first, how sure), then the teams side by side, the patterns, the map, the trends and the
 * method. Pure: the same input gives the same pages.
 */
export function renderPortfolioPdf(
  input: PortfolioReportInput,
  options: { fonts: ReportFonts; branding?: Branding; onText?: TextRecorder },
): Uint8Array {
  const renderer = new PortfolioRenderer(input, options.fonts, options.branding);
  // `edw verify` is told every text the pages draw, to compare with the PDF it checks.
  if (options.onText) recordText(renderer.doc, options.onText);
  return renderer.render();
}
