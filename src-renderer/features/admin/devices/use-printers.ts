import { type UseQueryResult, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  type PrintJobEvent,
  type PrinterStatusView,
  printerStates,
} from '../../../../src-shared/features/devices';
import { useBridge } from '../../../app/bridge';

/** The react-query key of the station's printers with their live state. */
export const printersQueryKey = ['devices.printers'] as const;

/**
 * Every printer of the station with its state and queue counts. `printer.status` and
 * `print.progress` events patch the list in place, so the states follow the printers live.
 */
export function usePrinters(): UseQueryResult<PrinterStatusView[]> {
  const bridge = useBridge();
  const queryClient = useQueryClient();

  useEffect(() => {
    const patch = (printerId: string, change: Partial<PrinterStatusView>) =>
      queryClient.setQueryData<PrinterStatusView[]>(printersQueryKey, (cached) =>
        cached?.map((printer) => (printer.printerId === printerId ? { ...printer, ...change } : printer)),
      );
    const stopStatus = bridge.subscribe('printer.status', ({ deviceId, state, problems, message }) => {
      // Simulated printers send this event too (with device states); only the queue's printers
      // are in this list.
      if (isPrinterState(state))
        patch(deviceId, { state, problems: problems ?? [], message: message ?? null });
    });
    const stopProgress = bridge.subscribe('print.progress', (progress) =>
      patch(progress.printerId, { progress }),
    );
    return () => {
      stopStatus();
      stopProgress();
    };
  }, [bridge, queryClient]);

  return useQuery({
    queryKey: printersQueryKey,
    queryFn: () => bridge.invoke('devices.printers', {}),
  });
}

/**
 * The latest status of every test label printed since this screen opened, by job id, from the
 * `print.job` events. Listening starts with the screen, not with the test print: a file printer
 * has printed before main's answer to the test print arrives.
 */
export function useTestPrintJobs(): ReadonlyMap<string, PrintJobEvent> {
  const bridge = useBridge();
  const [jobs, setJobs] = useState<ReadonlyMap<string, PrintJobEvent>>(new Map());
  useEffect(
    () =>
      bridge.subscribe('print.job', (job) => {
        if (job.templateId !== testLabelTemplate) return;
        setJobs((current) => new Map(current).set(job.jobId, job));
      }),
    [bridge],
  );
  return jobs;
}

const testLabelTemplate = 'test-label';

function isPrinterState(state: string): state is PrinterStatusView['state'] {
  return (printerStates as readonly string[]).includes(state);
}
