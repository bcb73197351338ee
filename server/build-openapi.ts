import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { buildOpenApiDocument } from './openapi-document';
import { stringify } from 'yaml';

/** Where the API contract lives in the repository. */
export const OPENAPI_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../docs/openapi.yaml',
);

/** The contract's text: a header comment, then the document as YAML in the house format. */
export async function renderOpenApi(): Promise<string> {
  const yaml = `# Generated from the zod schemas by: node --import tsx server/build-openapi.ts\n${stringify(buildOpenApiDocument(), { aliasDuplicateObjects: false, lineWidth: 0 })}`;
  const config = await resolveConfig(OPENAPI_FILE);
  return format(yaml, { ...config, parser: 'yaml' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(OPENAPI_FILE, await renderOpenApi());
  console.log(`wrote ${OPENAPI_FILE}`);
}
