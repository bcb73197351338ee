import { outletSchema, type Outlet } from '../../../../src/data/domain/schema';
import {
  DEFAULT_SERVICES,
  SERVICE_BIT,
  serviceMask,
  servicesOf,
} from '../../../../src/data/domain/services';
import { validateNetwork } from '../../../../src/data/domain/validate-network';
import { loadOutletsCsv } from '../../../../src/data/sources/load-csv';
import { makeNetwork, makeOutlet } from '../../fixtures/network';

const withoutServices = () => {
  const outlet: Partial<Outlet> = makeOutlet();
  delete outlet.services;
  return outlet;
};

describe('what an outlet offers', () => {
  it('takes the kind’s defaults when the record says nothing', () => {
    expect(DEFAULT_SERVICES).toEqual({
      'delivery-center': ['sales', 'delivery', 'after-sales'],
      'partner-store': ['sales', 'after-sales'],
      'fusion-store': ['sales'],
    });
    for (const kind of ['delivery-center', 'partner-store', 'fusion-store'] as const)
      expect(servicesOf({ kind })).toEqual(DEFAULT_SERVICES[kind]);
  });

  it('keeps the record’s own list over the defaults', () => {
    expect(servicesOf({ kind: 'fusion-store', services: ['sales', 'after-sales'] })).toEqual([
      'sales',
      'after-sales',
    ]);
    expect(serviceMask({ kind: 'fusion-store', services: ['sales', 'after-sales'] })).toBe(
      SERVICE_BIT.sales | SERVICE_BIT['after-sales'],
    );
    expect(serviceMask({ kind: 'fusion-store' })).toBe(SERVICE_BIT.sales);
  });

  it('validates a list when there is one, and accepts an outlet without one', () => {
    expect(outletSchema.safeParse(withoutServices()).success).toBe(true);
    expect(outletSchema.safeParse(withoutServices()).data).not.toHaveProperty('services');
    const network = makeNetwork();
    const document = {
      ...network,
      outlets: [
        withoutServices(),
        { ...makeOutlet({ id: 'o2' }), services: [] },
        { ...makeOutlet({ id: 'o3' }), services: ['sales', 'repairs'] },
      ],
    };
    const { network: valid, issues } = validateNetwork(document);
    expect(valid.outlets.map((outlet) => outlet.id)).toEqual(['ps-suzhou-1']);
    expect(issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'outlets[1].services: at least one service',
      expect.stringMatching(/^outlets\[2\]\.services\[1\]: /),
    ]);
  });

  it('reads an empty services cell of a CSV as the kind’s defaults', () => {
    const text = [
      'id,kind,name_en,name_zh,city_id,operator_en,operator_zh,services,address_en,address_zh,lon,lat,stage,stage_date',
      'dc-1,delivery-center,Center,中心,suzhou,Xiaomi,小米,,Road 1,苏州市,120.62,31.31,open,2024-01-05',
    ].join('\n');
    const { network, issues } = loadOutletsCsv(text, {
      fileName: 'outlets.csv',
      cities: makeNetwork().cities,
    });
    expect(issues).toEqual([]);
    expect(network.outlets[0]).not.toHaveProperty('services');
    expect(servicesOf(network.outlets[0]!)).toEqual(['sales', 'delivery', 'after-sales']);
  });
});
