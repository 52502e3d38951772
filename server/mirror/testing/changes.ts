import type { ChangesAnswer } from '../mirror.ts';
import type { MirrorStore } from '../store.ts';

/** A `changes` range with its bodies read, as a replica receives it. */
export async function readChanges(store: MirrorStore, upstreamId: string, since: number, limit: number) {
  const { bodies, ...range } = await store.changes(upstreamId, since, limit);
  const read: string[] = [];
  for await (const slice of bodies()) read.push(...slice);
  return { bodies: read, ...range };
}

/** A `changes` answer's whole JSON text. */
export async function changesText(answer: ChangesAnswer): Promise<string> {
  let text = '';
  for await (const piece of answer.json()) text += piece;
  return text;
}
