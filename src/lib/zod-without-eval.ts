/**
 * zod compiles its object checks with `new Function` unless told not to, and probes for it with
 * `Function('')` the first time a schema is built: the app's Content-Security-Policy (no
 * `unsafe-eval`) blocks that and reports a violation. Imported first by every entry point that
 * runs zod in the browser (the page, the parse worker), before any schema exists.
 */
import { z } from 'zod';

z.config({ jitless: true });
