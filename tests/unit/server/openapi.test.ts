// @vitest-environment node
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { OPENAPI_FILE, renderOpenApi } from '../../../server/build-openapi';
import { componentSchemas, healthSchema, networkSchema } from '../../../server/openapi';
import { parse } from 'yaml';
import { buildOpenApiDocument } from '../../../server/openapi-document';
import { makeNetwork, makeTarget } from '../fixtures/network';

describe('the OpenAPI contract', () => {
  it('is up to date with the zod schemas (regenerate: node --import tsx server/build-openapi.ts)', async () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(await renderOpenApi());
  });

  it('describes the dataset with the schema the app validates with', () => {
    const outlet = componentSchemas().Outlet as { required: string[]; properties: object };
    expect(outlet.required).toEqual(
      Object.keys(z.toJSONSchema(networkSchema.shape.outlets.element).properties!),
    );
    expect(Object.keys(outlet.properties)).toContain('stages');
  });

  it('accepts what the server sends', () => {
    expect(networkSchema.safeParse(makeNetwork()).success).toBe(true);
    expect(networkSchema.safeParse({ ...makeNetwork(), targets: [makeTarget()] }).success).toBe(
      true,
    );
    expect(healthSchema.safeParse({ status: 'ok' }).success).toBe(false);
  });
});

describe('the contract file', () => {
  it('reads back as the document the server describes', async () => {
    expect(parse(await renderOpenApi())).toEqual(
      JSON.parse(JSON.stringify(buildOpenApiDocument())),
    );
  });
});
