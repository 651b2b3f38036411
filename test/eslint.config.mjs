// Tests are not node code: n8n Cloud's rules for nodes (no fs, no timers, no process, ...) do not
// apply to them, and the package's eslint.config.mjs must stay n8n's unchanged default (strict
// mode). `npm run lint` turns on ESLint's per-folder config lookup so that this file, not the
// root one, answers for test/; nothing under test/ ships (see test/package/tarball.test.ts).
export default [{ ignores: ['**/*'] }];
