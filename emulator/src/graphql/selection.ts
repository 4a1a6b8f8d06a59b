import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Dotted paths of the fields selected under a field, e.g. `content` of `jobs` →
 * {"jobName", "config", "config.team", "deployments", "deployments.enabled", …}. The real service
 * decides what to compute, filter on and search by from exactly this.
 */
export function selectedPaths(info: GraphQLResolveInfo, under: string): Set<string> {
  const paths = new Set<string>();
  const walk = (selectionSet: SelectionSetNode | undefined, prefix: string) => {
    if (!selectionSet) return;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const path = prefix ? `${prefix}.${selection.name.value}` : selection.name.value;
        paths.add(path);
        walk(selection.selectionSet, path);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, prefix);
      } else {
        walk(info.fragments[selection.name.value]?.selectionSet, prefix);
      }
    }
  };
  const roots: FieldNode[] = [];
  const collect = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.name.value === under) roots.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) collect(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  info.fieldNodes.forEach((node) => collect(node.selectionSet));
  roots.forEach((root) => walk(root.selectionSet, ''));
  return paths;
}
