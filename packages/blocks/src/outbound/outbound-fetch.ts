import { Agent, fetch as undiciFetch, type buildConnector } from 'undici';
import { openHttpConnection } from './open-connection.ts';
import { refusalIn, type OutboundPolicy } from './outbound-policy.ts';

const agents = new WeakMap<OutboundPolicy, Agent>();

/**
 * A `fetch` whose every connection — the first request and each redirect hop alike —
 * is opened by openConnection under the policy. Model SDKs, MCP, OAuth and provider
 * calls take this one; the global fetch is never used for a user-chosen URL.
 */
export function outboundFetch(policy: OutboundPolicy): typeof fetch {
  return async (input, init) => {
    const dispatcher = agentFor(policy);
    try {
      if (input instanceof Request) {
        // A global Request is not undici's: pass its parts instead.
        const body = input.body ? await input.arrayBuffer() : undefined;
        return (await undiciFetch(input.url, {
          method: input.method,
          headers: [...input.headers],
          body,
          signal: input.signal,
          ...init,
          dispatcher,
        } as never)) as never;
      }
      return (await undiciFetch(input as never, { ...init, dispatcher } as never)) as never;
    } catch (error) {
      // fetch reports every failure as "fetch failed"; a refusal says what was refused and how to allow it.
      throw refusalIn(error) ?? error;
    }
  };
}

function agentFor(policy: OutboundPolicy): Agent {
  let agent = agents.get(policy);
  if (!agent) {
    agent = new Agent({ connect: connector(policy) });
    agents.set(policy, agent);
  }
  return agent;
}

function connector(policy: OutboundPolicy): buildConnector.connector {
  return (options, callback) => {
    const secure = options.protocol === 'https:';
    let socket;
    try {
      socket = openHttpConnection(options, policy);
    } catch (refusal) {
      callback(refusal as Error, null);
      return;
    }
    socket.setNoDelay(true);
    const failed = (error: Error) => callback(error, null);
    socket.once('error', failed);
    socket.once(secure ? 'secureConnect' : 'connect', () => {
      socket.off('error', failed);
      callback(null, socket);
    });
  };
}
