import { readRows } from './csv-rows';

/**
 * The id of every outlet record of a dataset file, valid or not, in file order (whatever each
 * record holds there): a dataset JSON's `outlets[].id`, a CSV's `id` column. What a comparison
 * of two datasets needs to report ids twice in a file and ids only invalid records have
 * (`DiffSide.fileIds`). Empty when the file holds no list of outlets.
 */
export function fileIdsOf(name: string, text: string): unknown[] {
  const body = text.replace(/^\uFEFF/, '');
  const first = body.trimStart()[0];
  const isJson = /\.json$/i.test(name) || first === '{' || first === '[';
  if (isJson && !/\.csv$/i.test(name)) {
    try {
      const outlets = (JSON.parse(body) as { outlets?: unknown }).outlets;
      if (!Array.isArray(outlets)) return [];
      return outlets.map((record: unknown) =>
        typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined,
      );
    } catch {
      return [];
    }
  }
  try {
    return readRows(body, name).rows.map((row) => row.get('id'));
  } catch {
    return [];
  }
}
