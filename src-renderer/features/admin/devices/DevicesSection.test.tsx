import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeStation, type FakeStation } from '../../../app/bridge/fake-station.fake';
import type { Language } from '../../../app/i18n';
import { type RenderedApp, renderApp } from '../../../app/render-app.fake';

const apps: RenderedApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  window.history.replaceState(null, '', '/');
});

async function openDevices(
  station: FakeStation = createFakeStation({ signedIn: 'admin' }),
  language?: Language,
) {
  window.history.replaceState(null, '', '/#/admin');
  apps.push(renderApp(station, language === undefined ? {} : { language }));
  await screen.findByTestId('printer-zebra-1');
  return station;
}

const row = (printerId: string) => screen.getByTestId(`printer-${printerId}`);
const cells = (printerId: string) =>
  within(row(printerId))
    .getAllByRole('cell')
    .slice(0, 5)
    .map((cell) => cell.textContent);

/** Submits a form as Enter in one of its fields does. */
function pressEnterIn(element: HTMLElement) {
  act(() => (element as HTMLInputElement).form?.requestSubmit());
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('the devices section of the Admin screen', () => {
  it('lists each printer with its role, address and live state, and follows printer.status', async () => {
    const station = await openDevices();
    await waitFor(() =>
      expect(cells('zebra-1')).toEqual([
        'Zebra ZT230Labels',
        'ZPL (Zebra)',
        'tcp://10.0.0.5:9100',
        'Ready',
        'Nothing waiting',
      ]),
    );
    act(() => station.deviceSettings.setPrinterState('zebra-1', 'paused', ['ribbon_out', 'paused']));
    await waitFor(() => expect(cells('zebra-1')[3]).toBe('Pausedribbon out'));
    expect(
      within(row('zebra-1')).getByText('Paused').closest('[data-state]')?.getAttribute('data-state'),
    ).toBe('paused');
  });

  it('adds a network printer from the keyboard: a wrong address is pointed at, Enter saves the right one', async () => {
    const station = await openDevices();
    fireEvent.click(screen.getByRole('button', { name: 'Add printer' }));
    const form = screen.getByRole('form', { name: 'Add a printer' });
    expect(document.activeElement).toBe(within(form).getByLabelText('Name'));
    type('Name', 'TSC TE244 bench 2');
    fireEvent.change(within(form).getByLabelText('Printer language'), { target: { value: 'tspl' } });
    type('IP address or host name', '192.168.1.300');
    pressEnterIn(within(form).getByLabelText('Name'));

    expect(within(form).getByRole('alert').textContent).toBe(
      'Enter an IP address or host name, e.g. 192.168.1.50.',
    );
    expect(document.activeElement).toBe(within(form).getByLabelText('IP address or host name'));
    type('IP address or host name', '192.168.1.30');
    pressEnterIn(within(form).getByLabelText('Port'));

    await screen.findByTestId('printer-tsc-te244-bench-2');
    expect(screen.queryByRole('form', { name: 'Add a printer' })).toBeNull();
    expect(station.deviceSettings.settings().printers.at(-1)).toEqual({
      id: 'tsc-te244-bench-2',
      name: 'TSC TE244 bench 2',
      language: 'tspl',
      connection: { kind: 'tcp', host: '192.168.1.30', port: 9100 },
    });
  });

  it('edits a printer in place and closes the form on Esc without saving', async () => {
    const station = await openDevices();
    fireEvent.click(within(row('zebra-1')).getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Change Zebra ZT230' });
    expect(within(form).getByLabelText<HTMLInputElement>('IP address or host name').value).toBe('10.0.0.5');
    fireEvent.keyDown(within(form).getByLabelText('Name'), { key: 'Escape' });
    expect(screen.queryByRole('form', { name: 'Change Zebra ZT230' })).toBeNull();

    fireEvent.click(within(row('zebra-1')).getByRole('button', { name: 'Edit' }));
    fireEvent.change(screen.getByLabelText('Connected by'), { target: { value: 'usb' } });
    type('USB vendor id (hex)', '0a5f');
    type('USB product id (hex)', '0x0164');
    pressEnterIn(screen.getByLabelText('USB vendor id (hex)'));
    await waitFor(() => expect(cells('zebra-1')[2]).toBe('usb://0a5f:0164'));
    expect(station.deviceSettings.settings().printers).toHaveLength(1);
  });

  it('test prints and says where the label is until it is out', async () => {
    const station = await openDevices();
    fireEvent.click(within(row('zebra-1')).getByRole('button', { name: 'Test print' }));
    const notice = await screen.findByText('Test label for Zebra ZT230: waiting for the printer…');
    act(() => station.deviceSettings.moveJob('job-1', 'failed', 'no receiver'));
    expect(notice.textContent).toBe('Test label for Zebra ZT230 failed: no receiver');
    fireEvent.click(within(row('zebra-1')).getByRole('button', { name: 'Test print' }));
    await screen.findByText('Test label for Zebra ZT230: waiting for the printer…');
    act(() => station.deviceSettings.moveJob('job-2', 'done'));
    expect(screen.getByRole('status').textContent).toBe(
      'Test label for Zebra ZT230 printed. Check the frame, both kinds of text and scan the barcode.',
    );
  });

  it('removes a printer only after asking, and offers to cancel the jobs still waiting for it', async () => {
    const station = await openDevices();
    fireEvent.click(within(row('zebra-1')).getByRole('button', { name: 'Test print' }));
    await screen.findByText('Test label for Zebra ZT230: waiting for the printer…');
    fireEvent.click(within(row('zebra-1')).getByRole('button', { name: 'Remove' }));
    const confirm = screen.getByRole('group', { name: 'Remove' });
    expect(within(confirm).getByText('Remove Zebra ZT230? Its assignments are cleared.')).toBeTruthy();
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Remove' }));

    fireEvent.click(within(confirm).getByRole('button', { name: 'Remove' }));
    const cancelling = await within(confirm).findByRole('button', {
      name: 'Remove and cancel the waiting jobs',
    });
    expect(within(confirm).getByRole('alert').textContent).toBe(
      'Not done: 1 print jobs are still waiting for Zebra ZT230.',
    );
    fireEvent.click(cancelling);
    await screen.findByText(
      'No printer is set up. Add one, or find the printers of this computer and network below.',
    );
    expect(station.deviceSettings.testPrints.map((job) => job.status)).toEqual(['cancelled']);
    expect(station.deviceSettings.settings().labelPrinterId).toBeNull();
  });

  it('finds printers and adds one through the form, filled in from what it said', async () => {
    const station = await openDevices();
    station.deviceSettings.setDiscovered([
      {
        source: 'tcp',
        name: '10.0.0.5',
        connection: { kind: 'tcp', host: '10.0.0.5', port: 9100 },
        language: 'zpl',
        state: 'ready',
      },
      {
        source: 'tcp',
        name: '10.0.0.9',
        connection: { kind: 'tcp', host: '10.0.0.9', port: 9100 },
        language: null,
        state: null,
      },
      {
        source: 'spooler',
        name: 'TM-T88',
        connection: { kind: 'spooler', destination: 'TM-T88' },
        language: null,
        state: 'paused',
      },
    ]);
    type('Network or addresses to search', '10.0.0.0/24 10.0.0.1/24');
    pressEnterIn(screen.getByLabelText('Network or addresses to search'));
    expect(screen.getByRole('alert').textContent).toBe(
      'Enter one network such as 192.168.1.0/24 and addresses separated by spaces.',
    );
    type('Network or addresses to search', '10.0.0.0/24');
    pressEnterIn(screen.getByLabelText('Network or addresses to search'));

    const found = await screen.findByRole('table', { name: 'Find printers' });
    expect(
      station.calls.filter((call) => call.channel === 'devices.discoverPrinters').map((call) => call.input),
    ).toEqual([{ hosts: [], subnet: '10.0.0.0/24', port: 9100 }]);
    expect(
      within(found)
        .getAllByRole('row')
        .slice(1)
        .map((tableRow) =>
          within(tableRow)
            .getAllByRole('cell')
            .map((cell) => cell.textContent),
        ),
    ).toEqual([
      ['Network', '10.0.0.5', 'tcp://10.0.0.5:9100', 'Answers as a ZPL printer: Ready', 'Set up as zebra-1'],
      ['Network', '10.0.0.9', 'tcp://10.0.0.9:9100', 'Takes print jobs on port 9100', 'Add…'],
      ['System printer', 'TM-T88', 'lp://TM-T88', 'Queue: Paused', 'Add…'],
    ]);

    fireEvent.click(within(found).getAllByRole('button', { name: 'Add…' })[1] as HTMLElement);
    const form = screen.getByRole('form', { name: 'Add a printer' });
    expect(within(form).getByLabelText<HTMLSelectElement>('Connected by').value).toBe('spooler');
    expect(within(form).getByLabelText<HTMLInputElement>('Spooler queue name').value).toBe('TM-T88');
    fireEvent.change(within(form).getByLabelText('Printer language'), { target: { value: 'escpos' } });
    pressEnterIn(within(form).getByLabelText('Name'));
    await screen.findByTestId('printer-tm-t88');
  });

  it('assigns the slip printer and turns reading USB scanners off', async () => {
    const station = await openDevices();
    const form = screen.getByRole('form', { name: 'Assignments' });
    fireEvent.change(within(form).getByLabelText('Packing slips print on'), { target: { value: 'zebra-1' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: /Read USB scanners/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save assignments' }));
    await waitFor(() => expect(within(row('zebra-1')).getByText('Slips')).toBeTruthy());
    expect(within(form).getByRole('status').textContent).toBe('Saved.');
    expect(station.deviceSettings.settings()).toMatchObject({
      labelPrinterId: 'zebra-1',
      slipPrinterId: 'zebra-1',
      scanner: { isUsbEnabled: false },
    });
  });

  it('sets a custom scanner timing with each rule explained, refusing values that contradict', async () => {
    const station = await openDevices();
    const form = screen.getByRole('form', { name: 'Scanner timing (keyboard mode)' });
    expect(screen.getByTestId('scanner-in-use').textContent).toBe(
      'In use: USB scanner: fast, a key every 2–16 ms',
    );
    fireEvent.click(within(form).getByRole('radio', { name: 'Custom timing' }));
    expect(within(form).getByText('Shorter bursts are typing.')).toBeTruthy();
    type('Longest gap between two keys (ms)', '110');
    type('Longest average gap (ms)', '150');
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Silence' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save scanner timing' }));
    expect(within(form).getByRole('alert').textContent).toBe(
      'Check Longest average gap (ms): the mean gap cannot be longer than the longest gap',
    );

    type('Longest average gap (ms)', '95');
    type('Shortest code (characters)', '8');
    fireEvent.click(within(form).getByRole('button', { name: 'Save scanner timing' }));
    await waitFor(() =>
      expect(screen.getByTestId('scanner-in-use').textContent).toBe('In use: Custom timing'),
    );
    expect(station.deviceSettings.settings().scanner.timing).toEqual({
      kind: 'custom',
      timing: {
        maxGapMs: 110,
        maxMeanGapMs: 95,
        minLength: 8,
        terminators: ['Enter', 'Tab'],
        hasAimPrefix: false,
      },
    });
  });

  it('speaks Chinese', async () => {
    await openDevices(createFakeStation({ signedIn: 'admin' }), 'zh-CN');
    expect(within(row('zebra-1')).getByRole('button', { name: '打印测试页' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '本工作站的设备' })).toBeTruthy();
  });
});
