/** IPC channel names, shared by main and the preload (which must bundle what it imports). */
export const INVOKE_CHANNEL = 'edw:invoke';
export const EVENT_PREFIX = 'edw:event:';
export const RENDERER_EVENTS = ['workshop:changed', 'run:changed'] as const;
