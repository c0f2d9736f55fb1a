export { hashOf, screenFromHash } from './hash-route';
export { navigateTo, useHashScreen } from './use-hash-screen';
export { keyHintOf, screenIndexOfKey, useScreenKeys } from './use-screen-keys';
