import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SavedViewList, SavedViewPatch } from '../../../../core/mirror/protocol';
import { fetchJson } from '../../../../core/orders/api-error';
import { getJson } from '@/lib/api-client';
import { ordersKeys } from '../sync/orders-keys';
import { readSavedViews, viewSearch, type SavedView } from './saved-views';

const send = (path: string, method: 'POST' | 'PATCH' | 'DELETE', body?: unknown) =>
  fetchJson(path, {
    method,
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });

async function listViews(): Promise<SavedView[]> {
  const { body } = await getJson('/api/views');
  return readSavedViews((body as Partial<SavedViewList> | null)?.views);
}

type Change =
  | { kind: 'save'; name: string; search: string }
  | { kind: 'patch'; id: string; patch: SavedViewPatch }
  | { kind: 'remove'; id: string };

function applyChange(change: Change) {
  if (change.kind === 'save') return send('/api/views', 'POST', { name: change.name, search: change.search });
  const path = `/api/views/${encodeURIComponent(change.id)}`;
  return change.kind === 'remove' ? send(path, 'DELETE') : send(path, 'PATCH', change.patch);
}

/** The team's views on the server (mirror on): read with React Query, every change written, then re-read. */
export function useServerSavedViews(enabled: boolean) {
  const client = useQueryClient();
  const views =
    useQuery({ queryKey: ordersKeys.savedViews(), queryFn: listViews, enabled, staleTime: 30_000 }).data ??
    [];
  const { mutate } = useMutation({
    mutationFn: applyChange,
    onSettled: () => client.invalidateQueries({ queryKey: ordersKeys.savedViews() }),
  });
  return {
    views,
    save: (name: string, search: string) =>
      mutate({ kind: 'save', name: name.trim(), search: viewSearch(search) }),
    rename: (id: string, name: string) => mutate({ kind: 'patch', id, patch: { name } }),
    move: (id: string, by: -1 | 1) => {
      const at = views.findIndex((v) => v.id === id);
      if (at + by >= 0) mutate({ kind: 'patch', id, patch: { position: at + by } });
    },
    remove: (id: string) => mutate({ kind: 'remove', id }),
  };
}
