import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { github, githubCredential, githubInputs, releaseSchema, toRelease } from './github-api.ts';
import { apiPath, segments } from '../shared/api-path.ts';

export const githubCreateRelease = defineBlock({
  id: 'github.create_release',
  name: 'GitHub: Create Release',
  description: 'Publishes a release for a tag (created from the default branch, or `target`, when missing), with notes you write or GitHub generates.',
  categories: ['github', 'developer'],
  credentials: [githubCredential],
  input: z.object({
    ...githubInputs,
    tag: z.string().min(1).max(200).describe('e.g. v1.2.0'),
    name: z.string().max(200).optional().describe('Default: the tag.'),
    notes: z.string().default('').describe('Markdown release notes.'),
    generate_notes: z.boolean().default(false).describe('Let GitHub write notes from the merged pull requests (after yours).'),
    target: z.string().optional().describe('Branch or commit the tag is made from, when the tag does not exist yet.'),
    draft: z.boolean().default(false),
    prerelease: z.boolean().default(false),
  }),
  output: z.object({ release: releaseSchema }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a GitHub token', input: { repository: 'octocat/hello-world', tag: 'v1.0.0' }, error: 'needs a credential of kind github_token' }],
  async *run({ repository, tag, name, notes, generate_notes, target, draft, prerelease }, ctx) {
    const json = {
      tag_name: tag,
      name: name ?? tag,
      body: notes,
      generate_release_notes: generate_notes,
      draft,
      prerelease,
      ...(target ? { target_commitish: target } : {}),
    };
    yield ['release', toRelease(await github(ctx, apiPath`/repos/${segments(repository)}/releases`, { method: 'POST', json }))];
  },
});
