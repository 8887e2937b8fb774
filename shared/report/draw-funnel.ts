import type { jsPDF } from 'jspdf';
import type { FunnelLayout } from '../charts/reality-funnel';
import { FUNNEL_CONNECTOR_FILL, FUNNEL_STAGE_FILL } from '../charts/style';
import { TINY } from './chart-labels';
import type { FigureSpec } from './model-types';
import { drawText, hatch, INK, MUTED, px, py, tracePath, type Frame } from './pdf-primitives';
import { fillText, formatPercent } from './texts';

type Spec = Extract<FigureSpec, { chart: 'funnel' }>;

/** The Reality Check funnel on paper: reported, verified, owned, traceable. */
export function drawFunnel(doc: jsPDF, spec: Spec, layout: FunnelLayout, frame: Frame): void {
  if (layout.status === 'empty') {
    drawText(doc, spec.labels.empty, px(frame, layout.width / 2), py(frame, 34), {
      size: 9,
      color: MUTED,
      align: 'center',
    });
    return;
  }
  const s = frame.scale;
  doc.setFillColor(FUNNEL_CONNECTOR_FILL);
  for (const connector of layout.connectors) {
    tracePath(doc, connector.path, frame);
    doc.fill();
  }
  const total = layout.stages[0]?.count ?? 0;
  layout.stages.forEach((stage, index) => {
    drawText(
      doc,
      spec.labels.stages[stage.id] ?? stage.id,
      px(frame, stage.labelX),
      py(frame, stage.textY) - 0.5,
      { size: 8, bold: true, align: 'right' },
    );
    doc.setFillColor(FUNNEL_STAGE_FILL[index] ?? FUNNEL_STAGE_FILL[0]);
    doc.setDrawColor(INK);
    doc.setLineWidth(0.25);
    doc.rect(
      px(frame, stage.x),
      py(frame, stage.y),
      Math.max(stage.width * s, 0.3),
      stage.height * s,
      'FD',
    );
    drawText(
      doc,
      fillText(spec.labels.stage, { count: stage.count, total, share: formatPercent(stage.share) }),
      px(frame, stage.textX),
      py(frame, stage.textY) - 0.5,
      { size: 8 },
    );
    if (stage.id === 'verified' && layout.partly.count > 0) {
      const p = layout.partly;
      doc.setFillColor('#ffffff');
      doc.rect(px(frame, p.x), py(frame, p.y), p.width * s, p.height * s, 'F');
      hatch(
        doc,
        px(frame, p.x),
        py(frame, p.y),
        p.width * s,
        p.height * s,
        1.4,
        FUNNEL_STAGE_FILL[1],
        0.45,
      );
      doc.setDrawColor(INK);
      doc.setLineWidth(0.25);
      doc.setLineDashPattern([0.9, 0.6], 0);
      doc.rect(px(frame, p.x), py(frame, p.y), p.width * s, p.height * s, 'S');
      doc.setLineDashPattern([], 0);
      drawText(
        doc,
        fillText(spec.labels.partly, { count: p.count }),
        px(frame, stage.textX),
        py(frame, stage.textY) + 3,
        { size: TINY, color: MUTED },
      );
    }
  });
}
