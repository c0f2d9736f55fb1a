export { type LocalDb, type LocalDbOptions, localDbFileName, openLocalDb } from './local-db';
