import { addProtocol } from 'maplibre-gl';
import {
  decodeOutletFeatures,
  encodeOutletFeatures,
} from '../../../../src/data/derive/outlet-feature-codec';
import {
  buildOutletFeatures,
  keepEncodedOutletFeatures,
} from '../../../../src/data/derive/outlet-features';
import { outletBytes, outletSourceUrls } from '../../../../src/features/map/outlet-source';
import { makeNetwork } from '../../fixtures/network';

vi.mock('maplibre-gl', () => ({ addProtocol: vi.fn() }));

type Load = (request: { url: string }) => Promise<{ data: unknown }>;
const protocol = (scheme: string) =>
  vi.mocked(addProtocol).mock.calls.find(([name]) => name === scheme)?.[1] as unknown as Load;

describe('the outlet sources on the page', () => {
  it('gives each dataset its own URLs, the same on every call', () => {
    const first = makeNetwork();
    const second = makeNetwork();
    const urls = outletSourceUrls(first);
    expect(Object.values(urls)).toEqual([
      expect.stringMatching(/^atlas-outlets:\/\/dataset-\d+\/delivery-center$/),
      expect.stringMatching(/^atlas-outlets:\/\/dataset-\d+\/partner-store$/),
      expect.stringMatching(/^atlas-outlets:\/\/dataset-\d+\/fusion-store$/),
    ]);
    expect(outletSourceUrls(first)).toEqual(urls);
    expect(outletSourceUrls(second)['partner-store']).not.toBe(urls['partner-store']);
  });

  it('answers with the bytes the loader made, a copy each time', async () => {
    const network = makeNetwork();
    const encoded = encodeOutletFeatures(buildOutletFeatures(network));
    let arrive: (value: typeof encoded) => void = () => undefined;
    keepEncodedOutletFeatures(network, new Promise((resolve) => (arrive = resolve)));
    const url = outletSourceUrls(network)['fusion-store'];
    // Asked for before the loader is done: the answer waits for its bytes.
    const pending = outletBytes(url);
    arrive(encoded);
    const bytes = await pending;
    expect(bytes).not.toBe(encoded['fusion-store']);
    expect(new Uint8Array(bytes)).toEqual(new Uint8Array(encoded['fusion-store']));
    expect(await outletBytes(url)).not.toBe(bytes);
  });

  it('makes the bytes itself when the loader made none', async () => {
    const network = makeNetwork();
    keepEncodedOutletFeatures(network, Promise.resolve(null));
    const bytes = await outletBytes(outletSourceUrls(network)['delivery-center']);
    expect(decodeOutletFeatures(bytes)).toEqual(buildOutletFeatures(network)['delivery-center']);
    // A dataset loaded without the parse worker (no bytes kept at all).
    const other = makeNetwork();
    const url = outletSourceUrls(other)['partner-store'].replace('outlets', 'outlet-bytes');
    expect(decodeOutletFeatures(await outletBytes(url))).toEqual(
      buildOutletFeatures(other)['partner-store'],
    );
  });

  it('answers both schemes through MapLibre’s protocols: bytes, or whole features', async () => {
    const network = makeNetwork();
    const url = outletSourceUrls(network)['partner-store'];
    const bytes = await protocol('atlas-outlet-bytes')({
      url: url.replace('atlas-outlets', 'atlas-outlet-bytes'),
    });
    expect(bytes.data).toBeInstanceOf(ArrayBuffer);
    expect((await protocol('atlas-outlets')({ url })).data).toEqual(
      buildOutletFeatures(network)['partner-store'],
    );
    expect(vi.mocked(addProtocol)).toHaveBeenCalledTimes(2);
  });

  it('says which URL it cannot answer', async () => {
    await expect(outletBytes('atlas-outlets://dataset-999/partner-store')).rejects.toThrow(
      'atlas-outlets://dataset-999/partner-store: no such dataset on the page',
    );
    const url = outletSourceUrls(makeNetwork())['partner-store'].replace('partner-store', 'kiosk');
    await expect(outletBytes(url)).rejects.toThrow(`${url}: no such outlet kind`);
    const inherited = url.replace('kiosk', 'constructor');
    await expect(outletBytes(inherited)).rejects.toThrow(`${inherited}: no such outlet kind`);
    await expect(outletBytes('https://example.test/x.json')).rejects.toThrow(
      'no such dataset on the page',
    );
  });
});
