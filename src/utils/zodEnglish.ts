/**
 * The plugin's schemas use the functional `zod/mini` API (checks are
 * functions: `z.string().check(z.minLength(1, 'Required'))`), which webpack can
 * tree-shake, where the classic `z` (`z.string().min(1)`) brought all of zod
 * with it, JSON Schema conversion included (bench/README.md, "Bundle and build").
 *
 * The classic API registers English messages on its own; mini does not. Every
 * file with a schema imports this module for that side effect, so a message we
 * do not set ("Unrecognized key: ...", "Invalid option: expected one of ...")
 * reads as it did instead of a bare "Invalid input".
 * Import zod as `import * as z from 'zod/mini'` (a re-exported namespace made
 * webpack keep all of zod, every locale included: measured).
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());
