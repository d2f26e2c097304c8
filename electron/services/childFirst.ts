/**
 * "The child is named first wherever people are listed" (DOMAIN.md): the child, then the family, the private network
 * and the professionals, by name within each (the same order on every installation, also after a bundle import).
 * An ORDER BY for any table or alias with `role`, `group_kind` and `name` columns.
 */
export function childFirstOrder(alias: string): string {
  return `CASE ${alias}.role WHEN 'child' THEN 0 ELSE CASE ${alias}.group_kind WHEN 'family' THEN 1 WHEN 'private_network' THEN 2 ELSE 3 END END, ${alias}.name COLLATE NOCASE`;
}
