import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { type Bridge, BridgeProvider } from './bridge';
import { StationApp } from './StationApp';
import '../ui/base.css';

type AppProps = { bridge: Bridge; i18n: i18n; queryClient: QueryClient };

/** The providers around the station app; everything stateful comes in as an argument. */
export function App({ bridge, i18n, queryClient }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <BridgeProvider bridge={bridge}>
        <QueryClientProvider client={queryClient}>
          <StationApp />
        </QueryClientProvider>
      </BridgeProvider>
    </I18nextProvider>
  );
}
