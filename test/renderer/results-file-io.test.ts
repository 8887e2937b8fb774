import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../shared/api/contract';
import {
  issueLines,
  readWorkshopFile,
  slugify,
  workshopFileName,
} from '../../src-renderer/features/results/workshop-file-io';

describe('workshop file names', () => {
  it('are the title slug, the workshop date and .edw.json', () => {
    expect(workshopFileName('Sample: Payments platform team', '2025-11-20')).toBe(
      'sample-payments-platform-team-2025-11-20.edw.json',
    );
  });

  it('drop accents and punctuation that file systems or people trip over', () => {
    expect(slugify('Diagnóstico Año 2026 — Señales / Q3')).toBe('diagnostico-ano-2026-senales-q3');
    expect(slugify('  ¿¡!?  ')).toBe('workshop');
    expect(slugify('数据')).toBe('workshop');
  });

  it('stay short without ending on a hyphen', () => {
    const slug = slugify(`${'a'.repeat(59)} b c d e`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('reading a picked file', () => {
  it('parses JSON', async () => {
    await expect(readWorkshopFile(new Blob(['{"format":"edw-workshop"}']))).resolves.toEqual({
      ok: true,
      data: { format: 'edw-workshop' },
    });
  });

  it('tells a file that is not JSON apart', async () => {
    const outcome = await readWorkshopFile(new Blob(['title,date\nA,2026-01-01']));
    expect(outcome).toMatchObject({ ok: false, reason: 'not_json' });
  });

  it('refuses a file that is not UTF-8, naming the offset of the first bad byte', async () => {
    const outcome = await readWorkshopFile(new Blob([Uint8Array.from([0x7b, 0x22, 0xff, 0x22])]));
    expect(outcome).toEqual({ ok: false, reason: 'not_utf8', detail: '2' });
  });

  it('accepts a file that starts with a UTF-8 byte order mark', async () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf]);
    await expect(readWorkshopFile(new Blob([bom, '{"title":"Zé"}']))).resolves.toEqual({
      ok: true,
      data: { title: 'Zé' },
    });
  });

  it('refuses a file too large for the host before reading it', async () => {
    const outcome = await readWorkshopFile(new Blob([new Uint8Array(MAX_BODY_BYTES + 1)]));
    expect(outcome).toEqual({ ok: false, reason: 'too_large', detail: '9' });
  });
});

describe('issue lines of a refused file', () => {
  it('lists the first ten as path: message and counts the rest', () => {
    const issues = Array.from({ length: 12 }, (_, index) => ({
      path: `responses[${index}].value`,
      message: 'expected 1..5, null or "na", got 7',
    }));
    const { lines, more } = issueLines(issues);
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('responses[0].value: expected 1..5, null or "na", got 7');
    expect(more).toBe(2);
    expect(issueLines([{ path: '', message: 'not an object' }]).lines).toEqual(['not an object']);
  });
});
