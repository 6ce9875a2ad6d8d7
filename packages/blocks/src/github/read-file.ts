import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { github, githubCredential, githubInputs } from './github-api.ts';
import { apiPath, segments } from '../shared/api-path.ts';

export const githubReadFile = defineBlock({
  id: 'github.read_file',
  name: 'GitHub: Read File',
  description: 'Reads a text file of a repository, at a branch, tag or commit (the default branch when none is given).',
  categories: ['github', 'developer'],
  credentials: [githubCredential],
  input: z.object({
    ...githubInputs,
    path: z.string().min(1).describe('e.g. README.md or src/index.ts.'),
    ref: z.string().optional().describe('Branch, tag or commit.'),
  }),
  output: z.object({ text: z.string(), sha: z.string().describe('The file’s blob sha (needed to update it).') }),
  examples: [
    { name: 'needs a GitHub token', input: { repository: 'octocat/hello-world', path: 'README.md' }, error: 'needs a credential of kind github_token' },
  ],
  async *run({ repository, path, ref }, ctx) {
    const file = (await github(ctx, apiPath`/repos/${segments(repository)}/contents/${segments(path)}`, { query: { ref } })) as {
      type?: string;
      encoding?: string;
      content?: string;
      sha: string;
    };
    if (file.type !== 'file' || file.encoding !== 'base64' || file.content === undefined) {
      throw new BlockError('invalid_input', `${path} in ${repository} is not a file GitHub sends the content of (it is a ${file.type ?? 'thing'}).`, {
        retriable: false,
      });
    }
    yield ['text', Buffer.from(file.content, 'base64').toString('utf8')];
    yield ['sha', file.sha];
  },
});
