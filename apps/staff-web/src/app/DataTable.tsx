import { Table } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';

/**
 * A USWDS table that below tablet width stacks each row into a card with the column names beside
 * the values (cells carry `data-label`), so nothing scrolls sideways at 390 px.
 */
export function DataTable({ caption, columns, className, children }: { caption: string; columns: string[]; className?: string; children: ReactNode }) {
  return (
    <Table fullWidth stackedStyle="headers" className={className}>
      <caption className="usa-sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </Table>
  );
}
