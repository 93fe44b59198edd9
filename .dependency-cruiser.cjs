// The layers of docs/ARCHITECTURE.md, enforced: a dependency that points the wrong way fails lint.
// http, jobs, cli -> commands/queries -> policies -> domain -> common; commands/queries -> db; web -> common.
const layer = (name) => `^server/${name}/`;
module.exports = {
  forbidden: [
    { name: 'web-only-common', severity: 'error', comment: 'The SPA may use common/ only, never server code.', from: { path: '^web/' }, to: { path: '^server/' } },
    { name: 'common-is-shared', severity: 'error', comment: 'common/ runs in the browser and the server: it imports neither.', from: { path: '^common/' }, to: { path: '^(server|web)/' } },
    { name: 'server-not-web', severity: 'error', from: { path: '^server/' }, to: { path: '^web/' } },
    { name: 'domain-is-pure', severity: 'error', comment: 'Domain rules do no I/O: no db, http, jobs, emails, commands, queries, policies, config.', from: { path: layer('domain') }, to: { path: '^server/(db|http|jobs|emails|commands|queries|policies|config|cli)/' } },
    { name: 'policies-above-domain', severity: 'error', from: { path: layer('policies') }, to: { path: '^server/(db|http|jobs|emails|commands|queries|config|cli)/' } },
    { name: 'nothing-imports-http', severity: 'error', from: { path: '^server/(?!http/)', pathNot: '^server/cli/' }, to: { path: layer('http') } },
    { name: 'use-cases-below-entrypoints', severity: 'error', from: { path: '^server/(commands|queries)/' }, to: { path: '^server/(http|jobs|cli)/' } },
    { name: 'db-below-use-cases', severity: 'error', comment: 'Repositories hold SQL only; no rules, no use cases.', from: { path: layer('db') }, to: { path: '^server/(http|jobs|commands|queries|policies|emails|cli|domain)/' } },
    { name: 'http-via-use-cases', severity: 'error', comment: 'Routes call commands and queries, never repositories directly.', from: { path: layer('http') }, to: { path: '^server/db/repositories/' } },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '\\.test\\.tsx?$' },
  },
};
