import { askUser } from './ask-user.ts';
import { createAgent, editAgent, getAgent, listAgents } from './agent-tools.ts';
import { findBlocks, getBlock, runBlock } from './block-tools.ts';
import type { CopilotTool } from './copilot-tool.ts';
import { listFiles, readFile, writeFile } from './file-tools.ts';
import { updatePlan } from './plan-tool.ts';
import { getFailedNode, getRun, rerunFromNode, runAgent } from './run-tools.ts';
import { readWebPage, searchWeb } from './web-tools.ts';
import { forget, recall, remember } from './memory-tools.ts';
import { addTableRows, createTable, listTables, queryTable } from './table-tools.ts';
import { changeSchedule, createPreset, createSchedule, createWebhook, deleteSchedule, deleteWebhook, listPresets, listTriggers } from './trigger-tools.ts';

export { refusalOf, ToolError } from './copilot-tool.ts';
export type { CopilotPlatform, CopilotTool, ToolContext } from './copilot-tool.ts';

/** Every copilot tool; their names are a contract with outside clients. */
export const copilotTools: CopilotTool[] = [
  findBlocks,
  getBlock,
  runBlock,
  listAgents,
  getAgent,
  createAgent,
  editAgent,
  runAgent,
  getRun,
  rerunFromNode,
  getFailedNode,
  listTriggers,
  createSchedule,
  changeSchedule,
  deleteSchedule,
  createWebhook,
  deleteWebhook,
  listPresets,
  createPreset,
  listTables,
  createTable,
  queryTable,
  addTableRows,
  searchWeb,
  readWebPage,
  listFiles,
  readFile,
  writeFile,
  remember,
  recall,
  forget,
  updatePlan,
  askUser,
];

/** The tool that ends a turn to wait for the person. */
export const ASK_USER = askUser.name;
