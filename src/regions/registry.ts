import clusters from '../../data/regions/clusters.json';
import groups from '../../data/regions/groups.json';
import metros from '../../data/regions/metros.json';
import pilots from '../../data/regions/pilots.json';
import regions from '../../data/regions/regions.json';
import zones from '../../data/regions/zones.json';
import type { RegistryRegion } from './registry-types.ts';
import { validateRegistry } from './validate-registry.ts';

/**
 * Every composite region the source documents name or imply, validated once at import (a malformed registry fails
 * loudly at startup, not as a wrong map later). One JSON file per kind; see data/regions/README.md.
 */
export const REGISTRY: readonly RegistryRegion[] = Object.freeze(
  validateRegistry([...clusters, ...metros, ...zones, ...pilots, ...groups, ...regions]),
);
