/**
 * The import graph's rules (npm run depcruise, part of npm test): data flows one way. The core
 * (domain, application and its ports, projections) imports nothing from the outer layers; drivers
 * stay in infrastructure; there is no import cycle.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-outer-layer',
      comment:
        'The domain, the application layer (command handler, ports) and the projections depend on nothing outside the core: adapters implement the ports, the composition root wires them.',
      severity: 'error',
      from: { path: '^src/(domain|application|projections)/' },
      to: { path: '^src/(infrastructure|graphql|cli|composition|demo|explorer|dashboard|main\\.ts)' },
    },
    {
      name: 'domain-is-pure',
      comment:
        'The domain imports only the domain (no application, projections or Node built-ins), except ' +
        "node:crypto's hash and signature checks in src/domain/audit: pure functions of their input.",
      severity: 'error',
      from: { path: '^src/domain/', pathNot: '^src/domain/audit/' },
      to: { pathNot: '^src/domain/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'domain-audit-uses-only-crypto',
      comment:
        'The Merkle maths and tree heads may use node:crypto (hashes, signature checks), nothing else.',
      severity: 'error',
      from: { path: '^src/domain/audit/' },
      to: { pathNot: '^(src/domain/|crypto$)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'drivers-only-in-infrastructure',
      comment:
        'better-sqlite3 and @eventstore/db-client are imported by the adapters in src/infrastructure only.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/infrastructure/' },
      to: { path: 'node_modules/(better-sqlite3|@eventstore/db-client)/' },
    },
    {
      name: 'adapters-wired-only-by-the-composition-root',
      comment:
        'Concrete adapters (SQLite, EventStoreDB, the register files) are constructed in src/composition only; the CLI may use the embedded file operations for backup and restore.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/((infrastructure|composition|cli)/|main\\.ts$)' },
      to: {
        path: '^src/infrastructure/(eventStore/(sqlite|eventStoreDb)/|eventStore/openEventStore|readModels/sqlite|personalData/(sqlite|eventStoreDb))',
      },
    },
    {
      name: 'no-cycles',
      comment: 'No module reaches itself through its imports.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|dashboard/dist|node_modules)/' },
  },
};
