// Reads the text of a PDF with pdfjs-dist on a worker thread, for src-main/report/pdf-text.ts.
// Plain JavaScript on purpose: a worker started from the `edw` command does not run through tsx,
// so pdfjs (2 MB of JavaScript) loads at Node's own speed, while the main thread keeps working.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('pdfjs-dist/package.json'));
// The legacy build: the modern one needs APIs Node 20 lacks (Promise.withResolvers).
const build = join(root, 'legacy', 'build');

async function readPages(bytes) {
  const pdfjs = await import(pathToFileURL(join(build, 'pdf.min.mjs')).href);
  pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(join(build, 'pdf.worker.min.mjs')).href;
  const document = await pdfjs.getDocument({
    data: bytes,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
  }).promise;
  try {
    const pages = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [, , width = 0, height = 0] = page.view;
      const content = await page.getTextContent();
      const runs = [];
      for (const item of content.items) {
        if (typeof item.str !== 'string' || item.str.length === 0) continue;
        const [a, b, , , x, y] = item.transform;
        runs.push({
          text: item.str,
          x,
          y,
          width: item.width,
          size: Math.hypot(a, b),
          angle: (Math.atan2(b, a) * 180) / Math.PI,
        });
      }
      pages.push({ number, width, height, runs });
      page.cleanup();
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

try {
  parentPort?.postMessage({ ok: true, pages: await readPages(workerData.bytes) });
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    message: error instanceof Error ? error.message : String(error),
  });
}
