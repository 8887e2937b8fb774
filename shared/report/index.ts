export * from './model';
export * from './figures';
export * from './embedded';
export { renderReportPdf, type ReportFonts } from './render-pdf';
export {
  REPORT_TEXTS,
  reportText,
  fillText,
  formatFigure,
  roleName,
  type ReportTextKey,
} from './texts';
