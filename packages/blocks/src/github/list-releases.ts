import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { github, githubCredential, githubInputs, releaseSchema, toRelease } from './github-api.ts';
import { apiPath, segments } from '../shared/api-path.ts';

export const githubListReleases = defineBlock({
  id: 'github.list_releases',
  name: 'GitHub: List Releases',
  description: 'Lists the releases of a repository, newest first, with their notes.',
  categories: ['github', 'developer'],
  credentials: [githubCredential],
  input: z.object({ ...githubInputs, limit: z.number().int().min(1).max(100).default(10) }),
  output: z.object({ releases: z.array(releaseSchema), latest: releaseSchema.optional().describe('The newest that is neither a draft nor a prerelease.') }),
  examples: [{ name: 'needs a GitHub token', input: { repository: 'octocat/hello-world' }, error: 'needs a credential of kind github_token' }],
  async *run({ repository, limit }, ctx) {
    const releases = ((await github(ctx, apiPath`/repos/${segments(repository)}/releases`, { query: { per_page: limit } })) as unknown[]).map(toRelease);
    yield ['releases', releases];
    const latest = releases.find((r) => !r.draft && !r.prerelease);
    if (latest) yield ['latest', latest];
  },
});
