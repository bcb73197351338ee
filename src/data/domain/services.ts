import { OUTLET_KINDS, SERVICES, type Outlet, type OutletKind, type Service } from './schema';

/**
 * What an outlet of each kind offers when its record does not say: the source's description
 * of the "1+N" network. A 2S partner store sells and services ("agent sales + authorized
 * services"); a delivery center delivers and also covers sales and after-sales; a fusion store
 * (a Xiaomi Home store with a car corner) sells.
 */
export const DEFAULT_SERVICES: Record<OutletKind, readonly Service[]> = {
  'delivery-center': ['sales', 'delivery', 'after-sales'],
  'partner-store': ['sales', 'after-sales'],
  'fusion-store': ['sales'],
};

/** What an outlet offers: its own list, else its kind's defaults. */
export function servicesOf(outlet: Pick<Outlet, 'kind' | 'services'>): readonly Service[] {
  return outlet.services ?? DEFAULT_SERVICES[outlet.kind];
}

/** One bit per service, for columns of outlets: `sales` 1, `delivery` 2, `after-sales` 4. */
export const SERVICE_BIT = Object.fromEntries(
  SERVICES.map((service, i) => [service, 1 << i]),
) as Record<Service, number>;

/** The bits of what an outlet offers (`SERVICE_BIT`). */
export function serviceMask(outlet: Pick<Outlet, 'kind' | 'services'>): number {
  let mask = 0;
  for (const service of servicesOf(outlet)) mask |= SERVICE_BIT[service];
  return mask;
}

/** The kinds whose defaults include a service. */
export const kindsOffering = (service: Service): OutletKind[] =>
  OUTLET_KINDS.filter((kind) => DEFAULT_SERVICES[kind].includes(service));
