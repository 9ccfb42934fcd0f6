/**
 * Ownership as code in a session's snapshot: nullable columns in the tables, absent fields
 * in the API's roles and concerns (as in the workshop's JSON).
 */
export const ROLE_MAPPING_COLUMNS = { codeOwner: true, catalogGroup: true } as const;
export const CONCERN_MAPPING_COLUMNS = { paths: true, catalogEntity: true } as const;

export function roleWithMapping<T extends { codeOwner: string | null; catalogGroup: string | null }>({ codeOwner, catalogGroup, ...role }: T) {
  return { ...role, ...(codeOwner ? { codeOwner } : {}), ...(catalogGroup ? { catalogGroup } : {}) };
}

export function concernWithMapping<T extends { paths: string[]; catalogEntity: string | null }>({ paths, catalogEntity, ...concern }: T) {
  return { ...concern, ...(paths.length > 0 ? { paths } : {}), ...(catalogEntity ? { catalogEntity } : {}) };
}
