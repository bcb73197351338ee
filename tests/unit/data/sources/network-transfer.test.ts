// @vitest-environment node
import type { LoadedNetwork } from '../../../../src/data/sources/load-errors';
import {
  NetworkAssembler,
  outletStream,
  splitLoadedNetwork,
  TRANSFER_SLICE,
  type TransferMessage,
} from '../../../../src/data/sources/network-transfer';
import { latestStageDate, validateNetwork } from '../../../../src/data/domain/validate-network';
import { type DataIssue } from '../../../../src/data/domain/data-issue';
import { synthNetwork } from '../../../../scripts/synth/synth-network';
import { makeNetwork, makeOutlet, makeTarget } from '../../fixtures/network';

function makeLoaded(outletCount: number, issueCount = 0): LoadedNetwork {
  const network = makeNetwork();
  network.milestones = [
    {
      date: '2024-01-01',
      title: { en: 'Start', zh: '开始' },
      description: { en: 'The first day', zh: '第一天' },
      source: 'Unit test',
    },
  ];
  network.outlets = Array.from({ length: outletCount }, (_, i) => makeOutlet({ id: `o-${i}` }));
  const issues: DataIssue[] = Array.from({ length: issueCount }, (_, i) => ({
    path: `outlets[${i}].point`,
    message: 'missing',
    severity: 'error',
  }));
  return { network, issues, origin: 'https://example.test/network.json' };
}

function reassemble(messages: Iterable<TransferMessage>): LoadedNetwork | null {
  const assembler = new NetworkAssembler();
  let result: LoadedNetwork | null = null;
  for (const message of messages) result = assembler.add(message);
  return result;
}

describe('splitLoadedNetwork and NetworkAssembler', () => {
  it.each([
    ['no outlets', 0, 0, 10],
    ['fewer outlets than one slice', 7, 2, 10],
    ['several slices and a remainder', 25, 3, 10],
    ['exactly two slices', 20, 0, 10],
    ['more issues than outlets', 3, 12, 5],
  ])('gives back the same network with %s', (_, outlets, issues, slice) => {
    const loaded = makeLoaded(outlets, issues);
    const result = reassemble(splitLoadedNetwork(loaded, slice));
    expect(result).toEqual(loaded);
    expect(result!.network.outlets.map((outlet) => outlet.id)).toEqual(
      loaded.network.outlets.map((outlet) => outlet.id),
    );
  });

  it('gives back the targets of a dataset with a plan, and none to one without', () => {
    const loaded = makeLoaded(3);
    loaded.network.targets = [makeTarget(), makeTarget({ id: 't-2', stage: 'signed' })];
    expect(reassemble(splitLoadedNetwork(loaded, 2))).toEqual(loaded);
    const result = reassemble(splitLoadedNetwork(makeLoaded(3), 2));
    expect(result?.network).not.toHaveProperty('targets');
  });

  it('sends a head, the parts in order, then an end', () => {
    const messages = [...splitLoadedNetwork(makeLoaded(25, 1), 10)];
    expect(messages.map((message) => message.type)).toEqual([
      'result-head',
      'result-part',
      'result-part',
      'result-part',
      'result-end',
    ]);
    expect(messages[0]).not.toHaveProperty('outlets');
    expect(messages.at(-1)).toMatchObject({ outletCount: 25, issueCount: 1, partCount: 3 });
    expect(
      messages.slice(1, 4).map((message) => 'outlets' in message && message.outlets.length),
    ).toEqual([10, 10, 5]);
  });

  it('keeps every part within the default slice size', () => {
    const parts = [...splitLoadedNetwork(makeLoaded(TRANSFER_SLICE * 2 + 1))].filter(
      (message) => message.type === 'result-part',
    );
    expect(parts.map((part) => part.outlets.length)).toEqual([TRANSFER_SLICE, TRANSFER_SLICE, 1]);
  });

  it('returns nothing until the end arrives', () => {
    const assembler = new NetworkAssembler();
    const messages = [...splitLoadedNetwork(makeLoaded(5), 2)];
    for (const message of messages.slice(0, -1)) expect(assembler.add(message)).toBeNull();
    expect(assembler.add(messages.at(-1)!)).not.toBeNull();
  });

  it('refuses a part out of order', () => {
    const [head, first, second, third, end] = [...splitLoadedNetwork(makeLoaded(25), 10)];
    expect(() => reassemble([head!, first!, third!, second!, end!])).toThrow(
      'result-part 2 arrived where part 1 was expected',
    );
  });

  it('refuses an end with a part missing', () => {
    const messages = [...splitLoadedNetwork(makeLoaded(25), 10)];
    messages.splice(3, 1);
    expect(() => reassemble(messages)).toThrow('the result ended after 2 of 3 parts');
  });

  it('refuses parts without their head', () => {
    const messages = [...splitLoadedNetwork(makeLoaded(5), 10)];
    expect(() => reassemble(messages.slice(1))).toThrow('result-part arrived before result-head');
  });

  it('refuses parts that do not add up to the announced count', () => {
    const messages = [...splitLoadedNetwork(makeLoaded(5), 10)];
    const part = messages[1] as Extract<TransferMessage, { type: 'result-part' }>;
    part.outlets.pop();
    expect(() => reassemble(messages)).toThrow('the result held 4 of 5 outlets and 0 of 0 issues');
  });

  it('refuses anything after the end', () => {
    const messages = [...splitLoadedNetwork(makeLoaded(1), 10)];
    expect(() => reassemble([...messages, messages.at(-1)!])).toThrow(
      'result-end arrived after the result was complete',
    );
  });
});

describe('outletStream', () => {
  /** A synthetic document with every fifth outlet broken, so issues come between the records. */
  function brokenDocument() {
    const network = synthNetwork({ outlets: 230, seed: 7 });
    const outlets: unknown[] = [...network.outlets()].map((outlet, i) =>
      i % 5 === 0 ? { ...outlet, point: { lon: 0, lat: 0 } } : outlet,
    );
    return { meta: network.meta, cities: network.cities, outlets, milestones: [] };
  }

  function stream(document: unknown, slice: number) {
    const messages: TransferMessage[] = [];
    const sender = outletStream('test.json', (message) => messages.push(message), { slice });
    const { network, issues } = validateNetwork(document, { hooks: sender.hooks });
    const partsBeforeEnd = messages.length;
    sender.end({ network, issues, origin: 'test.json' });
    return { messages, partsBeforeEnd, loaded: { network, issues, origin: 'test.json' } };
  }

  it('sends the parts while the validation runs, and they add up to its result', () => {
    const document = brokenDocument();
    const { messages, partsBeforeEnd, loaded } = stream(document, 20);
    // The head and every part left before the validation returned.
    expect(partsBeforeEnd).toBe(messages.length - 1);
    const parts = messages.filter((message) => message.type === 'result-part');
    expect(parts.length).toBeGreaterThanOrEqual(Math.floor(loaded.network.outlets.length / 20));
    expect(loaded.issues.length).toBeGreaterThan(0);
    expect(reassemble(messages)).toEqual(loaded);
    expect(reassemble(messages)).toEqual({ ...validateNetwork(document), origin: 'test.json' });
  });

  it('sends the targets and their problems with the rest', () => {
    const document = {
      ...brokenDocument(),
      targets: [makeTarget({ cityId: 'beijing' }), makeTarget({ id: 'bad', count: -1 })],
    };
    const { messages, loaded } = stream(document, 20);
    expect(loaded.network.targets?.map((target) => target.id)).toEqual(['suzhou-ps-open-q1']);
    expect(loaded.issues.map((issue) => issue.path)).toContain('targets[1].count');
    expect(reassemble(messages)).toEqual(loaded);
  });

  it('settles a missing as-of date once every outlet is in, and sends the meta it settled on', () => {
    const broken = brokenDocument();
    const meta: Record<string, unknown> = { ...broken.meta };
    delete meta.asOf;
    const document = { ...broken, meta };
    const { messages, loaded } = stream(document, 20);
    const head = messages.find((message) => message.type === 'result-head');
    expect(head?.type === 'result-head' && head.meta.asOf).toBe('');
    const result = reassemble(messages);
    expect(result?.network.meta.asOf).toBe(loaded.network.meta.asOf);
    expect(result?.network.meta.asOf).toBe(latestStageDate(loaded.network.outlets));
    expect(result?.issues.find((issue) => issue.path === 'meta.asOf')?.severity).toBe('warning');
  });

  it('keeps each part within the slice size for records', () => {
    const { messages } = stream(brokenDocument(), 20);
    for (const message of messages)
      if (message.type === 'result-part') expect(message.outlets.length).toBeLessThanOrEqual(20);
  });

  it('sends a document the validation gave up on at once in one piece', () => {
    const { messages } = stream([], 20);
    expect(messages.map((message) => message.type)).toEqual([
      'result-head',
      'result-part',
      'result-end',
    ]);
    expect(reassemble(messages)?.issues[0]?.path).toBe('(document)');
  });
});
