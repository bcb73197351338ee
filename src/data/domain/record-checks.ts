import { provinceIssues, type ProvinceIndex } from './province-check';
import { STAGES, type City, type Outlet, type Point } from './schema';
import type { DataIssue } from './data-issue';

/**
 * The checks of a city or outlet beyond its schema: where its point lies, and for an outlet,
 * its city and the order of its stage dates. A valid record, nearly all of a large dataset,
 * gets a shared empty list rather than lists built and spread for nothing.
 */

/** Rough bounding box of China (WGS-84 or GCJ-02), including the South China Sea islands. */
export const CHINA_BOUNDS = { minLon: 73, maxLon: 136, minLat: 3, maxLat: 54 } as const;

const NO_ISSUES: readonly DataIssue[] = [];

function isInChina(point: Point): boolean {
  return (
    point.lon >= CHINA_BOUNDS.minLon &&
    point.lon <= CHINA_BOUNDS.maxLon &&
    point.lat >= CHINA_BOUNDS.minLat &&
    point.lat <= CHINA_BOUNDS.maxLat
  );
}

function checkPoint(point: Point, path: string): readonly DataIssue[] {
  if (isInChina(point)) return NO_ISSUES;
  return [
    {
      path: `${path}.point`,
      message: `outside China (${point.lon}, ${point.lat})`,
      severity: 'error',
    },
  ];
}

function checkStages({ stages, status }: Outlet, path: string): readonly DataIssue[] {
  let issues: DataIssue[] | undefined;
  if (!stages[status]) {
    (issues ??= []).push({
      path: `${path}.stages.${status}`,
      message: `missing: the outlet's status is "${status}" but that stage has no date`,
      severity: 'error',
    });
  }
  let previousStage = '';
  let previousDate = '';
  for (const stage of STAGES) {
    const date = stages[stage];
    if (!date) continue;
    if (previousDate && date < previousDate) {
      (issues ??= []).push({
        path: `${path}.stages.${stage}`,
        message: `${stage} date ${date} is before ${previousStage} date ${previousDate}`,
        severity: 'error',
      });
    }
    previousStage = stage;
    previousDate = date;
  }
  return issues ?? NO_ISSUES;
}

/** A city's point must lie in China, and in the province of its adcode. */
export function checkCity(
  city: City,
  path: string,
  provinces: ProvinceIndex | undefined,
): readonly DataIssue[] {
  const outside = checkPoint(city.point, path);
  if (outside.length > 0) return outside;
  return provinceIssues(provinces, city.point, city.adcode, path);
}

/**
 * An outlet's city must exist (`city` is the one its `cityId` names, if any), its point lie in
 * China and in its city's province, and its stage dates follow the lifecycle order.
 */
export function checkOutlet(
  outlet: Outlet,
  path: string,
  city: City | undefined,
  provinces: ProvinceIndex | undefined,
): readonly DataIssue[] {
  const inChina = isInChina(outlet.point);
  const place =
    city && inChina
      ? provinceIssues(provinces, outlet.point, city.adcode, path, `its city ${city.name.en}`)
      : checkPoint(outlet.point, path);
  const stages = checkStages(outlet, path);
  if (city && place.length === 0 && stages.length === 0) return NO_ISSUES;
  const unknown: DataIssue = {
    path: `${path}.cityId`,
    message: `unknown city id "${outlet.cityId}"`,
    severity: 'error',
  };
  return [...(city ? [] : [unknown]), ...place, ...stages];
}
