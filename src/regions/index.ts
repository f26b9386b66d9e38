// The composite-region registry and its lookups, used by extraction and the map.
export { compositeNames, type CompositeName } from './composite-names.ts';
export { membersOf } from './members-of.ts';
export { normalizeName } from './normalize-name.ts';
export { REGISTRY } from './registry.ts';
export type { RegistryRegion, RegistryVersion } from './registry-types.ts';
export { resolveComposite, type CompositeMatch } from './resolve-composite.ts';
export { validateRegistry } from './validate-registry.ts';
export { versionAt, type VersionChoice } from './version-at.ts';
