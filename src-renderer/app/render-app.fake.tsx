import { render, type RenderResult } from '@testing-library/react';
import type { BridgeApi } from '../../src-shared/bridge';
import { App } from './App';
import { bridgeOver, type StationLink } from './bridge';
import { createQueryClient } from './create-query-client';
import { createI18n, type Language } from './i18n';

/** A rendered app; `close` unmounts it and empties its query cache (timers included). */
export type RenderedApp = RenderResult & { close(): void };

/** Renders the whole renderer app over a fake bridge, as main.tsx does over the real one. */
export function renderApp(
  api: BridgeApi,
  options: { language?: Language; link?: StationLink } = {},
): RenderedApp {
  const queryClient = createQueryClient();
  const bridge = bridgeOver(api, options.link);
  const result = render(
    <App bridge={bridge} i18n={createI18n(options.language ?? 'en')} queryClient={queryClient} />,
  );
  return Object.assign(result, {
    close() {
      result.unmount();
      queryClient.clear();
    },
  });
}
