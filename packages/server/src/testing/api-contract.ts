import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
type PathItem = Record<string, Operation>;

/** One answer as a test received it. */
export interface Answer {
  method: string;
  path: string;
  status: number;
  contentType: string | null;
  text: string;
}

/**
 * The API's declared answers, read from a running server's OpenAPI document:
 * every answer a test receives is checked against the schema declared for its
 * route and status, so the document cannot drift from what the server sends.
 */
export class ApiContract {
  private readonly ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly routes: { method: string; template: string; pattern: RegExp; params: number }[] = [];

  private constructor(private readonly document: { paths: Record<string, PathItem> }) {
    this.ajv.addSchema({ ...document, $id: 'openapi' });
    for (const [template, item] of Object.entries(document.paths)) {
      const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^/]+\}/g, '[^/]+')}$`);
      for (const method of Object.keys(item)) {
        this.routes.push({ method: method.toUpperCase(), template, pattern, params: (template.match(/\{/g) ?? []).length });
      }
    }
    // A literal segment wins over a parameter (/api/graphs/import before /api/graphs/{id}).
    this.routes.sort((a, b) => a.params - b.params);
  }

  private static readonly loaded = new Map<string, Promise<ApiContract>>();

  /**
   * The contract of the server at this address, read once; undefined when it cannot be read now (the server
   * stopped right after answering, as shutdown tests make it), so that is tried again with the next answer.
   */
  static async of(baseUrl: string): Promise<ApiContract | undefined> {
    let contract = ApiContract.loaded.get(baseUrl);
    if (!contract) {
      contract = fetch(`${baseUrl}/api/openapi.json`).then(async (response) => new ApiContract((await response.json()) as { paths: Record<string, PathItem> }));
      ApiContract.loaded.set(baseUrl, contract);
    }
    try {
      return await contract;
    } catch {
      ApiContract.loaded.delete(baseUrl);
      return undefined;
    }
  }

  /** What is wrong with an answer, or undefined when it is what the document declares (or its route is not in the document). */
  problem({ method, path, status, contentType, text }: Answer): string | undefined {
    const route = this.routes.find((r) => r.method === method && r.pattern.test(path.split('?')[0]!));
    if (!route) return undefined;
    const where = `${method} ${route.template} answered ${status}`;
    const responses = this.document.paths[route.template]![method.toLowerCase()]!.responses ?? {};
    const statusKey = [String(status), `${String(status)[0]}XX`, 'default'].find((key) => key in responses);
    if (!statusKey) return `${where}, which the OpenAPI document does not declare (it declares ${Object.keys(responses).join(', ')}).`;
    const content = responses[statusKey]!.content;
    if (!content) return text === '' ? undefined : `${where} with a body, but the document declares none.`;
    const mediaType = (contentType ?? '').split(';')[0]!.trim();
    const declared = Object.keys(content).find((type) => type === mediaType || type === '*/*');
    if (!declared) return `${where} as ${mediaType || 'no type'}, but the document declares ${Object.keys(content).join(', ')}.`;
    if (declared !== 'application/json') return undefined;
    const pointer = ['paths', route.template, method.toLowerCase(), 'responses', statusKey, 'content', declared, 'schema']
      .map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1'))
      .join('/');
    const validate = this.validator(`openapi#/${pointer}`);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return `${where} with a body that is not JSON.`;
    }
    if (validate(body)) return undefined;
    const errors = (validate.errors ?? []).map(
      (e) => `${e.instancePath || '(body)'} ${e.message}${e.params && 'additionalProperty' in e.params ? `: ${String(e.params.additionalProperty)}` : ''}`,
    );
    return `${where} with a body that does not match its schema: ${errors.slice(0, 5).join('; ')}.`;
  }

  private validator(ref: string): ValidateFunction {
    let validate = this.validators.get(ref);
    if (!validate) {
      validate = this.ajv.compile({ $ref: ref });
      this.validators.set(ref, validate);
    }
    return validate;
  }
}
