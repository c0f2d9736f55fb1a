export { databaseSizeBytes, readSqliteVersion } from './database-facts';
export { type BackupFile, listBackups } from './db-file-names';
export { type OpenDatabaseFileOptions, openDatabaseFile } from './open-database-file';
export { clearResyncFlag, type ResyncFlag, readResyncFlag, resyncFlagPath } from './resync-flag';
export {
  backupDatabaseFile,
  backupsKept,
  closeDatabaseFile,
  type RollingBackupOptions,
  writeRollingBackup,
} from './rolling-backup';
export { applyPragmas, isCorruptionError, quickCheck, synchronousLevel } from './sqlite-checks';
