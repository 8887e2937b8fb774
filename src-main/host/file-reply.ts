/**
 * A file's reply (`{ filename, base64 }`, as `report:pdf` and `archive:export` answer) made as
 * JSON bytes on the heavy-work thread. On the main thread, turning a 10 MiB archive into base64
 * and then into a JSON body took about 100 ms (JSON.stringify of the long string alone 40–90 ms),
 * time in which no phone was answered; made on the worker, the bytes arrive by transfer and the
 * host sends them as they are.
 */

const BASE64_KEY = '"base64":"';

/** `{"filename":…,"base64":"…"}` as bytes in a buffer of their own (so they can be transferred). */
export function encodeFileReply(filename: string, file: Uint8Array): Uint8Array {
  const head = Buffer.from(`{"filename":${JSON.stringify(filename)},${BASE64_KEY}`, 'utf8');
  const base64 = Buffer.from(file.buffer, file.byteOffset, file.byteLength).toString('base64');
  const tail = '"}';
  const reply = new Uint8Array(head.length + base64.length + tail.length);
  reply.set(head, 0);
  // Base64 is ASCII: one byte per character, and nothing in it needs escaping in JSON.
  Buffer.from(reply.buffer).write(base64, head.length, 'latin1');
  Buffer.from(reply.buffer).write(tail, head.length + base64.length, 'latin1');
  return reply;
}

export interface FileReply {
  filename: string;
  base64: string;
}

/** The JSON bytes behind each value `fileReplyValue` made, for the HTTP host to send as they are. */
const encoded = new WeakMap<object, Buffer>();

/**
 * The reply as the contract's value, for every transport: its `base64` is read from the bytes
 * only when something asks for it (the desktop app's IPC), never by the HTTP host.
 */
export function fileReplyValue(filename: string, reply: Uint8Array): FileReply {
  const bytes = Buffer.from(reply.buffer, reply.byteOffset, reply.byteLength);
  const start = bytes.indexOf(BASE64_KEY) + BASE64_KEY.length;
  const value = {
    filename,
    get base64(): string {
      return bytes.toString('latin1', start, bytes.length - 2);
    },
  };
  encoded.set(value, bytes);
  return value;
}

/** The JSON bytes of a value made by `fileReplyValue`, or undefined for any other value. */
export function encodedReplyOf(value: unknown): Buffer | undefined {
  return typeof value === 'object' && value !== null ? encoded.get(value) : undefined;
}
