export { PackScreen } from './PackScreen';
