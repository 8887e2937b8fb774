import { Worker } from 'node:worker_threads';

/** One run of text as a PDF page draws it, in points from the page's lower-left corner. */
export interface PdfTextRun {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  /** The font size, which is also the run's height for overlap checks. */
  size: number;
  /** Degrees counter-clockwise: 0 for a line of text, 90 for an axis title up the page. */
  angle: number;
}

export interface PdfPageText {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  runs: PdfTextRun[];
}

type WorkerReply = { ok: true; pages: PdfPageText[] } | { ok: false; message: string };

/**
 * The text of every page of a PDF, run by run with its position, as pdfjs-dist reads it: what a
 * reader sees printed, not what the file's metadata claims. Read on a worker thread, so the
 * caller can render meanwhile. Rejects when the bytes are no readable PDF.
 */
export function readPdfText(bytes: Uint8Array): Promise<PdfPageText[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pdf-text-worker.mjs', import.meta.url), {
      // A copy: pdfjs takes ownership of the bytes it reads.
      workerData: { bytes: new Uint8Array(bytes) },
      // Plain Node: no loader of the parent process (tsx) between pdfjs and V8.
      execArgv: [],
    });
    let settled = false;
    worker.once('message', (reply: WorkerReply) => {
      settled = true;
      if (reply.ok) resolve(reply.pages);
      else reject(new Error(`cannot read the PDF's pages: ${reply.message}`));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the PDF reader stopped (exit code ${code})`));
    });
  });
}
