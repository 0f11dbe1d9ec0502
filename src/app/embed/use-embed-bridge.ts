import { useEffect } from 'react';
import { useAppStoreApi } from '../store/store-context';
import { handleCommandMessage } from './command-handler';
import type { EmbedOptions } from './embed-options';
import { PROTOCOL, type EmbedEvent } from './protocol';

/**
 * Connects an embedded app to its host page: posts `ready`, the preferred height whenever it changes
 * and the playback state whenever it changes, and executes allowed commands. Outgoing messages go
 * to each allowed origin only. With no allow list they go to any origin ('*'), because height and
 * playback state reveal nothing the host page could not see in the frame itself.
 */
export function useEmbedBridge(options: EmbedOptions): void {
  const store = useAppStoreApi();

  useEffect(() => {
    if (!options.embed || window.parent === window) return;
    const parent = window.parent;
    const targets = options.allowedOrigins.size > 0 ? [...options.allowedOrigins] : ['*'];
    const post = (message: EmbedEvent) => {
      for (const target of targets) parent.postMessage(message, target);
    };

    const onMessage = (event: MessageEvent) => {
      handleCommandMessage(event, {
        store,
        allowedOrigins: options.allowedOrigins,
        parent,
        reply: (message, origin) => parent.postMessage(message, origin),
        warn: (text) => console.warn(text),
      });
    };
    window.addEventListener('message', onMessage);

    let lastHeight = -1;
    const postHeight = () => {
      const height = Math.ceil(document.documentElement.scrollHeight);
      if (height === lastHeight) return;
      lastHeight = height;
      post({ protocol: PROTOCOL, type: 'height', height });
    };
    const resizeObserver = new ResizeObserver(postHeight);
    resizeObserver.observe(document.body);

    const postState = () => {
      const { playback, presetName } = store.getState();
      post({ protocol: PROTOCOL, type: 'state', playing: playback.playing, nowMs: playback.nowMs, speed: playback.speed, preset: presetName });
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.playback !== previous.playback || state.presetName !== previous.presetName) postState();
    });

    post({ protocol: PROTOCOL, type: 'ready' });
    postHeight();
    postState();
    return () => {
      window.removeEventListener('message', onMessage);
      resizeObserver.disconnect();
      unsubscribe();
    };
  }, [options, store]);
}
