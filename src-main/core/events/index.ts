export { createListenerSet, type ListenerSet } from './listener-set';
