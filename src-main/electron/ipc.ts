import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { dispatchServed, type ServedHandlers } from '../services/dispatch';
import { isAppUrl } from './window-options';

export { INVOKE_CHANNEL } from './ipc-channels';
import { INVOKE_CHANNEL } from './ipc-channels';

/**
 * Serves the contract over IPC. Every call is checked: the sender must be the app's own page,
 * the channel must be in the contract, and `dispatch` parses the input with its schema.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: ServedHandlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event)) {
      return {
        ok: false,
        error: {
          code: 'invalid_input',
          message: 'Refused: the request did not come from the app.',
        },
      };
    }
    if (typeof channel !== 'string') {
      return {
        ok: false,
        error: { code: 'unknown_channel', message: 'The channel must be a string.' },
      };
    }
    // A promise is fine here: ipcMain.handle answers the renderer when it settles.
    return dispatchServed(handlers, channel, input);
  });
}

/**
 * The sender check for `registerIpc`: the top frame of the app's own page under its `app://`
 * origin. A file:// page, another host under the scheme, a subframe or a frame already gone
 * (`senderFrame` null) is refused.
 */
export function isAppSender(
  frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined,
  appUrl: string,
): boolean {
  return frame != null && frame.parent === null && isAppUrl(frame.url, appUrl);
}
