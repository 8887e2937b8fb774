import { deserialize, serialize } from 'node:v8';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createHost } from '../../../src-main/host/create-host';
import { encodedReplyOf, encodeFileReply, fileReplyValue } from '../../../src-main/host/file-reply';
import { loadReportFonts } from '../../../src-main/report/fonts';
import { dispatchServed } from '../../../src-main/services/dispatch';
import { offloadHeavyWork } from '../../../src-main/services/heavy-work';
import type { ServiceDeps } from '../../../src-main/services/service-deps';
import { createHeavyPool } from '../../../src-main/workers/heavy-pool';
import { openRoom } from '../room/room-fixture';
import { loopbackPost } from '../../helpers/loopback-post';

const post = (port: number, path: string, body: unknown) =>
  loopbackPost(port, path, JSON.stringify(body));

describe("a file's reply made as JSON on the worker", () => {
  it('is the JSON that JSON.stringify would write, for any file name and bytes', () => {
    const bytes = new Uint8Array(Array.from({ length: 1000 }, (_, i) => (i * 37) % 256));
    for (const filename of ['report.pdf', 'Año "Q3" \\ informe.pdf', 'día\n2.edw', '']) {
      const reply = encodeFileReply(filename, bytes.subarray(3, 900));
      const expected = {
        filename,
        base64: Buffer.from(bytes.subarray(3, 900)).toString('base64'),
      };
      expect(Buffer.from(reply).toString('utf8')).toBe(JSON.stringify(expected));
      // A buffer of its own, so the worker can transfer it.
      expect(reply.byteOffset).toBe(0);
      expect(reply.buffer.byteLength).toBe(reply.byteLength);

      const value = fileReplyValue(filename, reply);
      expect(value).toEqual(expected);
      // IPC copies it with the structured clone: the clone holds the data itself.
      expect(deserialize(serialize(value))).toEqual(expected);
      expect(encodedReplyOf(value)?.toString('utf8')).toBe(JSON.stringify(expected));
    }
    expect(encodedReplyOf({ filename: 'x', base64: '' })).toBeUndefined();
    expect(encodedReplyOf('text')).toBeUndefined();
  });

  it('is what the host sends for a PDF and an archive, the same as the IPC value', async () => {
    const room = await openRoom(3);
    const deps: ServiceDeps = {
      clock: () => new Date('2026-05-04T10:00:00Z'),
      dataFile: room.h.file,
      version: 'test',
      transport: 'http',
    };
    const pool = createHeavyPool({ fonts: () => loadReportFonts() });
    const served = offloadHeavyWork(room.db, deps, room.h.handlers, pool);
    const host = await createHost({ handlers: served });
    await host.listen({ host: '127.0.0.1', port: 0 });
    onTestFinished(async () => {
      await host.close();
      await pool.close();
    });
    const { port } = host.server.address() as { port: number };

    const pdf = await post(port, '/api/report:pdf', { id: room.workshopId, flavour: 'brief' });
    expect(pdf.status).toBe(200);
    expect(pdf.type).toMatch(/^application\/json/);
    const sent = JSON.parse(pdf.text) as { filename: string; base64: string };
    expect(Buffer.from(sent.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(sent.filename).toMatch(/\.pdf$/);

    const archive = await post(port, '/api/archive:export', { id: room.workshopId });
    const viaIpc = await dispatchServed(served, 'archive:export', { id: room.workshopId });
    if (!viaIpc.ok) throw new Error(JSON.stringify(viaIpc.error));
    const value = viaIpc.value as { filename: string; base64: string };
    // Each archive gets fresh ids inside, so the two are alike but not byte for byte.
    const sentArchive = JSON.parse(archive.text) as { filename: string; base64: string };
    expect(sentArchive.filename).toBe(value.filename);
    for (const base64 of [sentArchive.base64, value.base64]) {
      expect(Buffer.from(base64, 'base64').subarray(0, 15).toString('latin1')).toBe(
        'SQLite format 3',
      );
    }
  });
});
