import { GraphValidationError, RunInputError } from '@blocksmith/engine';
import { describe, expect, it } from 'vitest';
import { refusalOf } from '../copilot/tools/index.ts';
import { notFound, Refusal } from '../platform/refusal.ts';
import { ApiError, asApiError } from './errors.ts';

describe('refusals become HTTP errors in one place', () => {
  it.each([
    [notFound('Run r1'), 404, 'not_found'],
    [new Refusal('invalid', 'no_model', 'Add a model credential.'), 400, 'no_model'],
    [new Refusal('conflict', 'already_decided', 'Decided already.'), 409, 'already_decided'],
    [new Refusal('upstream', 'provider_error', 'GitHub said no.'), 502, 'provider_error'],
  ])('%s → %i', (refusal, status, code) => {
    expect(asApiError(refusal)).toMatchObject({ status, code, message: refusal.message });
  });

  it('answers the engine’s refusals of a graph or of run inputs as 400s that carry every problem', () => {
    const issue = { code: 'cycle' as const, message: 'Nodes a and b form a cycle.' };
    expect(asApiError(new GraphValidationError([issue]))).toMatchObject({ status: 400, code: 'invalid_graph', details: [issue] });
    expect(asApiError(new RunInputError(['topic: required']))).toMatchObject({ status: 400, code: 'invalid_inputs', details: ['topic: required'] });
  });

  it('passes HTTP errors through and leaves faults alone', () => {
    const unauthenticated = new ApiError(401, 'unauthenticated', 'Sign in first.');
    expect(asApiError(unauthenticated)).toBe(unauthenticated);
    expect(asApiError(new Error('disk full'))).toBeUndefined();
  });

  it('gives the copilot and MCP tools the same words the API answers with', () => {
    expect(refusalOf(new Refusal('conflict', 'run_ended', 'The run has ended.'))).toEqual({ error: 'The run has ended.' });
    expect(refusalOf(new RunInputError(['topic: required']))).toMatchObject({ details: ['topic: required'] });
    expect(refusalOf(new Error('disk full'))).toBeUndefined();
  });
});
