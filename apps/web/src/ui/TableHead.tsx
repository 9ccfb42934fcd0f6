import type { ReactNode } from 'react';

export interface TableColumn {
  /** what the header cell says */
  label: ReactNode;
  /** React's key: the label's text, or a name for a label made of elements */
  key?: string;
  /** numbers are set right-aligned in tabular figures */
  num?: boolean;
}

/** A table's header row, one column header each (`scope="col"`). */
export function TableHead({ columns }: { columns: (string | TableColumn)[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) => {
          const column: TableColumn = typeof c === 'string' ? { label: c, key: c } : c;
          const key = column.key ?? (typeof column.label === 'string' ? column.label : undefined);
          return (
            <th key={key} scope="col" className={column.num ? 'num' : undefined}>
              {column.label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
