// Starts a TypeScript worker when the app runs from its sources (vitest, tsx): Node's worker
// threads cannot load a .ts file themselves, and tsx's loader must be entered this way
// (docs/architecture.md, heavy work). The built app starts the emitted .js worker directly.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
