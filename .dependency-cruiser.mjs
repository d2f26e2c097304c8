// npm run cycles (a step of npm test): dependencies run one way. No module may reach itself again through value
// imports; `tsPreCompilationDeps: false` reads each file as TypeScript compiles it, so type-only imports (which
// erase at build) do not count. Break a cycle with a registry the host fills at start (services/meetingHooks.ts)
// or a read model below both sides (services/settingsRead.ts, services/mapItems.ts).
export default {
  forbidden: [
    {
      name: 'no-value-import-cycle',
      severity: 'error',
      comment: 'A value-import cycle: move what both sides need below them, or let the host register the callback at start.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
