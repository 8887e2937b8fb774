import { request } from 'node:http';

export interface LoopbackReply {
  status: number;
  type: string;
  text: string;
}

/** A raw JSON POST to a host on 127.0.0.1, as a client on the same machine sends it. */
export function loopbackPost(
  port: number,
  path: string,
  payload: string | Buffer,
): Promise<LoopbackReply> {
  return new Promise<LoopbackReply>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        headers: {
          host: `127.0.0.1:${port}`,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(payload)),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type']),
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
