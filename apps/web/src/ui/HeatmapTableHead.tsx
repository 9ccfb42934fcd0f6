import type { TRole } from '@thinline/shared';
import { TableHead } from './TableHead';

/** The header row of a heatmap set out as a table: the concern, its status, a column per role, Nobody, Agreement, then `after`. */
export function HeatmapTableHead({ roles, after = [] }: { roles: TRole[]; after?: string[] }) {
  return <TableHead columns={['Concern', 'Status', ...roles.map((r) => ({ label: r.name, key: r.id })), 'Nobody', 'Agreement', ...after]} />;
}
