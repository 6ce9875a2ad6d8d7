export { agentsFile, type AgentsFile } from './agents-file.ts';
export { exportAgents } from './export-agents.ts';
export { importAgents, type ImportedAgent } from './import-agents.ts';
export { withDataFolder, withOperatorStore } from './operator-store.ts';
export { resetPassword } from './reset-password.ts';
export { loadConfig } from '../platform/config.ts';
export { backupDatabase, restoreDatabase } from '@blocksmith/store';
