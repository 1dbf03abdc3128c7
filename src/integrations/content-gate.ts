// `npm run build` (scripts/build.ts) starts Astro while its prebuild is still writing the content:
// Astro loads and sets up its build (about two seconds), and the content loaders
// (content-loaders.ts) wait here, before they read any file, until the build says the content is
// ready. Without the build's signal (`astro build`, `astro dev`) there is nothing to wait for.
//
// The loaders ask (CONTENT_WAITING) once they listen, and the build answers (CONTENT_READY) only
// then: an answer sent before anyone listened would be lost.

/** Set by scripts/build.ts on the Astro process it starts early, with an IPC channel to it. */
export const CONTENT_GATE = 'SITREP_CONTENT_GATE';
/** Astro's question, once it listens for the answer. */
export const CONTENT_WAITING = 'sitrep:content-waiting';
/** The build's answer, once the prebuild has written the content. */
export const CONTENT_READY = 'sitrep:content-ready';

let ready: Promise<void> | null = null;

/** Resolves when the content can be read: at once, or under `npm run build` when the build says so; rejects when the build goes away first. */
export function waitForContent(): Promise<void> {
  if (process.env[CONTENT_GATE] !== '1' || !process.send) return Promise.resolve();
  ready ??= new Promise((resolve, reject) => {
    const gone = () => new Error('the build that started Astro stopped before the content was ready');
    if (!process.connected) return reject(gone());
    const onMessage = (message: unknown) => {
      if (message !== CONTENT_READY) return;
      process.off('disconnect', onDisconnect);
      process.off('message', onMessage);
      resolve();
    };
    const onDisconnect = () => {
      process.off('message', onMessage);
      reject(gone());
    };
    process.on('message', onMessage);
    process.once('disconnect', onDisconnect);
    process.send!(CONTENT_WAITING);
  });
  return ready;
}
