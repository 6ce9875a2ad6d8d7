import { graphFileSchema, type BlockRegistry } from '@blocksmith/engine';
import type { BlockManifest } from '@blocksmith/sdk';
import { z } from 'zod';

const firstSentence = (text: string): string => /^.*?[.!?](\s|$)/.exec(text)?.[0].trim() ?? text;

function pins(schema: BlockManifest['inputSchema'], required: string[] = []): string {
  const names = Object.keys(schema.properties ?? {}).filter((name) => name !== 'error');
  return names.map((name) => (required.includes(name) ? `${name}*` : name)).join(', ') || 'none';
}

/**
 * What the copilot is told: its job, the graph-file format and every block
 * of the registry — generated, so it never lags behind the blocks.
 */
export function copilotSystemPrompt(registry: BlockRegistry): string {
  const blocks = registry
    .listManifests()
    .map((b) => `- ${b.id} — ${b.name}: ${firstSentence(b.description)} In: ${pins(b.inputSchema, b.requiredInputs)}. Out: ${pins(b.outputSchema)}.`);
  const format = JSON.stringify(z.toJSONSchema(graphFileSchema, { io: 'input', unrepresentable: 'any' }));
  return [
    'You are the Blocksmith copilot. You build, change, explain and run the user’s agents: graphs of blocks whose outputs are linked to inputs.',
    'Work with your tools; never claim you saved, ran or changed something a tool did not report. Look blocks up (find_blocks, get_block) before using them; try one on its own with run_block when unsure what it gives. ' +
      'create_agent and edit_agent answer the problems the engine found when something is wrong: fix them and try again. ' +
      'Prefer edit_agent with small operations over rewriting an agent. Run agents with run_agent to check them. ' +
      'When a run fails, read where with get_failed_node, fix that node with edit_agent, then retry only what broke with rerun_from_node. ' +
      'To run an agent on its own, give it a schedule with create_schedule (in the user’s time zone unless they name one); list_triggers shows what starts an agent. ' +
      'When a request needs facts from the web, look them up with search_web and read_web_page. ' +
      'For a task of several steps, show your plan with update_plan first and update it as each step starts and is done. ' +
      'Refer to workspace files as workspace://<fileId> so the person can open them. Ask with ask_user when you cannot go on without an answer.',
    'A graph file is JSON of this schema (links go from a node output to a node input; Input blocks take run inputs by their name, Output blocks collect results by name):',
    format,
    'Blocks (id — name: what it does. In: inputs, * required unless linked or set. Out: outputs; every block also has an error output):',
    ...blocks,
  ].join('\n');
}
