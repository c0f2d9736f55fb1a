export { StationsSection } from './StationsSection';
