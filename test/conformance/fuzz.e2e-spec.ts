import fc from 'fast-check';
import { TestNamespace } from '#libs/testing';
import { startWholePlatform, type WholePlatform } from '../support/whole-platform.js';

/** How long the fuzzer sends requests: bounded, so the suite's time stays predictable. */
const FUZZ_MS = Number(process.env.FUZZ_SECONDS ?? 60) * 1000;

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
  example?: unknown;
}
interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: { type: string; schema?: Schema };
}
interface Document {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  components?: { schemas?: Record<string, Schema> };
}

/** Text that has broken parsers, databases and validators somewhere. */
const NASTY_TEXT = ['', ' ', '\u0000', 'a\u0000b', '\ud800', '\udfff\ud800', '💩', 'é'.repeat(300), 'x'.repeat(5000), '../../etc/passwd', '%00', '%E0%A4%A', "'; DROP TABLE organization; --", '<script>alert(1)</script>', '9999-12-31T23:59:59Z', '0000-00-00', '2026-02-30', 'NaN', '-1', '1e309', '__proto__', 'constructor', 'null', '{}', '[]', '🏳️‍🌈', 'ﷺ', '\u202e'];
const NASTY_NUMBERS = [0, -1, 1, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, 0.5, -0, Number.MAX_SAFE_INTEGER];

const text = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
    { weight: 4, arbitrary: fc.constantFrom(...NASTY_TEXT) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
  );

/** Values shaped by a schema most of the time, anything JSON the rest. */
function valueOf(schema: Schema | undefined, doc: Document, depth = 0): fc.Arbitrary<unknown> {
  const resolved = schema?.$ref ? doc.components?.schemas?.[schema.$ref.split('/').pop()!] : schema;
  const any = fc.jsonValue({ maxDepth: 2 });
  if (!resolved || depth > 4) return any;
  const variants = [...(resolved.allOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])];
  if (variants.length > 0) return fc.oneof(...variants.map((v) => valueOf(v, doc, depth + 1)));
  const shaped = (): fc.Arbitrary<unknown> => {
    if (resolved.enum?.length) return fc.constantFrom(...resolved.enum);
    switch (resolved.type) {
      case 'string':
        return resolved.example !== undefined ? fc.oneof(fc.constant(resolved.example), text()) : text();
      case 'integer':
      case 'number':
        return fc.oneof(fc.integer(), fc.double(), fc.constantFrom(...NASTY_NUMBERS));
      case 'boolean':
        return fc.boolean();
      case 'array':
        return fc.array(valueOf(resolved.items, doc, depth + 1), { maxLength: 4 });
      default: {
        const properties = Object.entries(resolved.properties ?? {});
        if (properties.length === 0) return fc.dictionary(text(), any, { maxKeys: 3 });
        return fc.record(Object.fromEntries(properties.map(([name, property]) => [name, valueOf(property, doc, depth + 1)])), { requiredKeys: [] });
      }
    }
  };
  return fc.oneof({ weight: 5, arbitrary: shaped() }, { weight: 1, arbitrary: any });
}

/** Every operation of the served document, with what it takes. */
function operationsOf(doc: Document): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => {
        const content = Object.entries(operation.requestBody?.content ?? {})[0];
        return { method, path, parameters: operation.parameters ?? [], body: content ? { type: content[0], schema: content[1].schema } : undefined };
      }),
  );
}

interface Sent {
  /** The operation, as the document names it. */
  route: string;
  method: string;
  url: string;
  key: 'admin' | 'coordinator' | 'pbot' | 'none';
  headers: Record<string, string>;
  body?: { type: string; data: unknown; raw: boolean };
}

/** A path segment, percent-encoded; a lone surrogate goes as the bytes of one (%ED%A0%80), which is not UTF-8. */
function segment(value: string): string {
  return Array.from(value, (char) => {
    try {
      return encodeURIComponent(char);
    } catch {
      return '%ED%A0%80';
    }
  }).join('');
}

function requestOf(op: Operation, doc: Document): fc.Arbitrary<Sent> {
  const param = (p: Parameter) => valueOf(p.schema ?? { type: 'string', example: p.example }, doc).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  // A path segment is text whatever its schema says (some name none, or a whole object).
  const segmentOf = (p: Parameter) => (p.example !== undefined ? fc.oneof(fc.constant(String(p.example)), text()) : text());
  // Every {name} of the path, whether or not the document declares it.
  const inPath = [...op.path.matchAll(/\{([^}]+)\}/g)].map(([, name]): Parameter => op.parameters.find((p) => p.in === 'path' && p.name === name) ?? { name, in: 'path' });
  const inQuery = op.parameters.filter((p) => p.in === 'query');
  const inHeader = op.parameters.filter((p) => p.in === 'header');
  const optional = (p: Parameter) => fc.option(param(p), { nil: undefined });
  const body = op.body
    ? fc.option(
        fc.oneof(
          { weight: 4, arbitrary: valueOf(op.body.schema, doc).map((data) => ({ type: op.body!.type, data, raw: false })) },
          { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((data) => ({ type: op.body!.type, data, raw: true })) },
        ),
        { nil: undefined },
      )
    : fc.constant(undefined);
  return fc.record({
    path: fc.tuple(...inPath.map(segmentOf)),
    query: fc.tuple(...inQuery.map(optional)),
    headers: fc.tuple(...inHeader.map(optional)),
    key: fc.constantFrom('admin' as const, 'coordinator' as const, 'pbot' as const, 'none' as const),
    body,
  }).map(({ path, query, headers, key, body: sent }) => {
    let url = op.path;
    inPath.forEach((p, i) => (url = url.replace(`{${p.name}}`, segment(path[i]))));
    const search = new URLSearchParams();
    inQuery.forEach((p, i) => query[i] !== undefined && search.append(p.name, query[i]!));
    const given: Record<string, string> = {};
    // Header values cannot carry control characters; the HTTP parser refuses those before the gateway sees them.
    inHeader.forEach((p, i) => headers[i] !== undefined && /^[\x20-\x7e]*$/.test(headers[i]!) && (given[p.name] = headers[i]!));
    return { route: `${op.method} ${op.path}`, method: op.method, url: search.size > 0 ? `${url}?${search}` : url, key, headers: given, body: sent };
  });
}

/**
 * Property-based fuzzing of every route in the OpenAPI document the gateway serves: random path
 * parameters, query values, headers and bodies (shaped by each schema, or not), with each kind of
 * key and none, for a bounded time. No answer may be a 5xx.
 */
describe('every route of the served OpenAPI document, fuzzed', () => {
  const ns = new TestNamespace();
  let platform: WholePlatform;
  let operations: Operation[];
  let doc: Document;

  beforeAll(async () => {
    platform = await startWholePlatform(ns);
    doc = (await platform.http.get('/docs-json')).body as Document;
    // The live stream never ends; its refusals are covered by its own tests.
    operations = operationsOf(doc).filter((op) => op.path !== '/v1/alerts/stream');
  }, 120_000);

  afterAll(async () => {
    await platform?.close();
    await ns.cleanup();
  });

  it(`answers no request with a 5xx in ${FUZZ_MS / 1000} s of random requests`, async () => {
    expect(operations.length).toBeGreaterThan(50);
    let sent = 0;
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...operations).chain((op) => requestOf(op, doc)),
        async (req) => {
          sent++;
          seen.add(req.route);
          let call = platform.http[req.method as 'get'](req.url).timeout(20_000);
          if (req.key !== 'none') call = call.set('Authorization', `Bearer ${platform.keys[req.key]}`);
          for (const [name, value] of Object.entries(req.headers)) call = call.set(name, value);
          if (req.body) call = call.set('Content-Type', req.body.type).send(req.body.raw || typeof req.body.data === 'string' ? String(req.body.data) : JSON.stringify(req.body.data));
          const res = await call;
          if (res.status >= 500) throw new Error(`${req.method.toUpperCase()} ${req.url} answered ${res.status}: ${JSON.stringify(res.body)}`);
        },
      ),
      { numRuns: 1_000_000, interruptAfterTimeLimit: FUZZ_MS, markInterruptAsFailure: false, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
    // A run that sent almost nothing, or missed many routes, proves little.
    process.stderr.write(`FUZZSTATS sent=${sent} routes=${seen.size}/${operations.length}\n`);
    expect(sent).toBeGreaterThan(200);
    expect(seen.size).toBeGreaterThanOrEqual(Math.floor(operations.length * 0.9));
  }, FUZZ_MS + 180_000);
});
