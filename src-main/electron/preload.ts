import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_PREFIX, INVOKE_CHANNEL, RENDERER_EVENTS } from './ipc-channels';

const allowedEvents = new Set<string>(RENDERER_EVENTS);

// The renderer gets this narrow object and nothing else: never ipcRenderer itself.
contextBridge.exposeInMainWorld('edw', {
  invoke: (channel: string, input: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, input),
  on: (event: string, listener: (payload: unknown) => void) => {
    if (!allowedEvents.has(event)) return () => undefined;
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(EVENT_PREFIX + event, wrapped);
    return () => ipcRenderer.removeListener(EVENT_PREFIX + event, wrapped);
  },
});
