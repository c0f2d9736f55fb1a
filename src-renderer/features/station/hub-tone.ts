import { unreachable } from '../../../src-shared/errors';
import type { HubConnection } from '../../../src-shared/features/station';
import type { Tone } from '../../ui';

/** Green online, amber connecting, red offline. */
export function hubTone(state: HubConnection['state']): Tone {
  switch (state) {
    case 'online':
      return 'good';
    case 'connecting':
      return 'warn';
    case 'offline':
      return 'bad';
  }
  return unreachable(state);
}
