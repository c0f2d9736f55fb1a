import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  connectionAddress,
  type DiscoveredPrinter,
  rawPrintPort,
} from '../../../../src-shared/features/devices';
import { Card, TextField } from '../../../ui';
import { DeviceError } from './DeviceError';
import { useDiscoverPrinters } from './use-device-admin';

type DiscoverPrintersProps = { readonly onUse: (found: DiscoveredPrinter) => void };

/** `192.168.1.0/24` or `192.168.1`: a network; anything else: one host. */
const networkPattern = /^(\d{1,3}\.){2}\d{1,3}(\.\d{1,3}\/\d{1,2})?$/;

/** What was typed as a network and hosts; null when it names more than one network. */
export function searchOf(text: string): { hosts: string[]; subnet?: string } | null {
  const words = text.split(/[\s,;]+/).filter((word) => word !== '');
  const networks = words.filter((word) => networkPattern.test(word));
  const hosts = words.filter((word) => !networkPattern.test(word));
  if (networks.length > 1) return null;
  const [subnet] = networks;
  return subnet === undefined ? { hosts } : { hosts, subnet };
}

/** Finds printers on this computer (spooler, USB) and on the network asked for, to add them. */
export function DiscoverPrinters({ onUse }: DiscoverPrintersProps) {
  const { t } = useTranslation();
  const discover = useDiscoverPrinters();
  const [network, setNetwork] = useState('');
  const [port, setPort] = useState(String(rawPrintPort));
  const [isBadNetwork, setIsBadNetwork] = useState(false);
  const hintId = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const search = searchOf(network);
    setIsBadNetwork(search === null);
    if (search === null || discover.isPending) return;
    discover.mutate({ ...search, port: Number(port) || rawPrintPort });
  }

  function said(found: DiscoveredPrinter): string {
    if (found.source === 'tcp') {
      return found.state === null || found.language === null
        ? t('devices.discover.acceptsJobs', {
            port: found.connection.kind === 'tcp' ? (found.connection.port ?? rawPrintPort) : rawPrintPort,
          })
        : t('devices.discover.answersZpl', { state: t(`devices.states.${found.state}`) });
    }
    return found.state === null
      ? ''
      : t('devices.discover.queueState', { state: t(`devices.states.${found.state}`) });
  }

  const result = discover.data;
  return (
    <Card title={t('devices.discover.title')}>
      <form className="devices-admin__search" onSubmit={submit} aria-label={t('devices.discover.title')}>
        <TextField
          label={t('devices.discover.network')}
          value={network}
          placeholder="192.168.1.0/24"
          aria-describedby={hintId}
          onChange={(event) => setNetwork(event.target.value)}
        />
        <TextField
          label={t('devices.discover.port')}
          value={port}
          inputMode="numeric"
          onChange={(event) => setPort(event.target.value)}
        />
        <button type="submit" className="button button--primary" disabled={discover.isPending}>
          {t('devices.discover.search')}
        </button>
      </form>
      <p id={hintId} className="devices-admin__hint">
        {t('devices.discover.networkHint')}
      </p>
      {isBadNetwork ? (
        <p className="admin-error" role="alert">
          {t('devices.discover.badNetwork')}
        </p>
      ) : null}
      {discover.isPending ? <p role="status">{t('devices.discover.searching')}</p> : null}
      <DeviceError error={discover.error} />
      {result === undefined ? null : (
        <>
          <p role="status">
            {result.printers.length === 0
              ? t('devices.discover.none')
              : t('devices.discover.summary', { count: result.printers.length, hosts: result.probedHosts })}
          </p>
          {result.printers.length > 0 ? (
            <table className="admin-table" aria-label={t('devices.discover.title')}>
              <thead>
                <tr>
                  <th scope="col">{t('devices.discover.source')}</th>
                  <th scope="col">{t('devices.discover.name')}</th>
                  <th scope="col">{t('devices.discover.address')}</th>
                  <th scope="col">{t('devices.discover.said')}</th>
                  <th scope="col">{t('devices.printers.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {result.printers.map((found) => {
                  const address = connectionAddress(found.connection);
                  return (
                    <tr key={address}>
                      <td>{t(`devices.discover.sources.${found.source}`)}</td>
                      <td>{found.name}</td>
                      <td className="devices-admin__address">{address}</td>
                      <td>{said(found)}</td>
                      <td>
                        {found.configuredAs === null ? (
                          <button type="button" className="button" onClick={() => onUse(found)}>
                            {t('devices.discover.use')}
                          </button>
                        ) : (
                          t('devices.discover.configured', { id: found.configuredAs })
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ) : null}
        </>
      )}
    </Card>
  );
}
