import { FORMAT_NAME, FORMAT_VERSION } from '../../shared/format/workshop-file';

/**
 * A small valid workshop file as the bytes a file on disk holds (UTF-8, accented text included),
 * for the tests that damage or decorate those bytes: a bad byte, a byte order mark.
 */
export function workshopFileBytes(title = 'Payments diagnostic'): Buffer {
  const file = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    workshop: {
      title,
      client: 'Banco Andino',
      team: 'Pagos',
      date: '2026-03-02',
      facilitator: 'Ana Pérez',
      language: 'es',
      anonymityThreshold: 3,
      instrumentVersion: '1.0.0',
      notes: 'Sala 4B',
    },
    participants: [
      { id: 'p1', alias: 'Zé', role: 'engineering' },
      { id: 'p2', alias: 'P2', role: 'product' },
    ],
    responses: [
      { participant: 'p1', item: 'hd.load.1', round: 1, value: 4 },
      { participant: 'p2', item: 'hd.load.1', round: 1, value: null },
    ],
    realityCheck: [],
    decisions: [],
  };
  return Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8');
}
