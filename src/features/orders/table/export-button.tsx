import { Download } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { downloadText } from '@/lib/csv';
import type { Order } from '../api/order-schema';
import { csvFileName, ordersToCsv } from './orders-csv';

/** Exports exactly what the table shows: these rows, this order, the visible columns. */
export function ExportButton({ rows, columnIds }: { rows: readonly Order[]; columnIds: string[] }) {
  return (
    <Button
      size="sm"
      disabled={rows.length === 0}
      onClick={() => downloadText(ordersToCsv(rows, columnIds), csvFileName())}
    >
      <Download className="size-4" aria-hidden />
      Export CSV
    </Button>
  );
}
