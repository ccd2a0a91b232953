// The background worker. Its listeners are registered synchronously at start (./listeners.ts), so
// the events that wake the worker reach them.
import { defineBackground } from '#imports';
import { startBackground } from './listeners';

export default defineBackground(() => {
  startBackground();
});
