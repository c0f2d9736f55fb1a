export { createStationHost, type StationHost, type StationHostOptions } from './create-station-host';
