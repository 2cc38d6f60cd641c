/**
 * The review screen's state: the draft as edited here, the version it was
 * loaded at, and saving, publishing and discarding with optimistic
 * concurrency. A version conflict is reported, never overwritten: the
 * coordinator decides to reload.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { ImportDraft } from '../../../../core/plan/draft.ts';
import { api, ApiError } from '../../../lib/api.ts';
import type { ImportView } from '../../../lib/types.ts';
import type { DraftUpdate } from './draft-edit.ts';

export const importKey = (id: string) => ['imports', id] as const;

export function useImportEditor(id: string) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: importKey(id), queryFn: () => api.get<ImportView>(`/api/imports/${id}`) });
  const [draft, setDraft] = useState<ImportDraft | null>(null);
  const [saved, setSaved] = useState<ImportDraft | null>(null);
  const [version, setVersion] = useState(0);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef<ImportDraft | null>(null);
  latest.current = draft;

  // First load: the editor starts from the server's draft (setting state while
  // rendering is React's way to derive state from a prop that arrives late).
  if (query.data && draft === null) {
    setDraft(query.data.draft);
    setSaved(query.data.draft);
    setVersion(query.data.version);
  }

  const update: DraftUpdate = useCallback((change) => setDraft((d) => (d ? change(d) : d)), []);

  const reload = useCallback(async () => {
    const fresh = await query.refetch();
    if (fresh.data) {
      setDraft(fresh.data.draft);
      setSaved(fresh.data.draft);
      setVersion(fresh.data.version);
      setConflict(false);
      setError(null);
    }
  }, [query]);

  const fail = (e: unknown) => {
    if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') setConflict(true);
    else setError(e);
  };

  /** Saves when there is something to save; returns the version to publish against, or null on failure. */
  const save = async (): Promise<number | null> => {
    const sent = latest.current;
    if (!sent) return null;
    if (sent === saved) return version;
    setSaving(true);
    setError(null);
    try {
      const view = await api.put<ImportView>(`/api/imports/${id}`, { draft: sent, version });
      queryClient.setQueryData(importKey(id), view);
      setSaved(sent);
      setVersion(view.version);
      return view.version;
    } catch (e) {
      fail(e);
      return null;
    } finally {
      setSaving(false);
    }
  };

  const publish = async (allowDuplicate: boolean): Promise<string | null> => {
    const at = await save();
    if (at === null) return null;
    setSaving(true);
    try {
      const { planId } = await api.post<{ planId: string }>(`/api/imports/${id}/publish`, { version: at, allowDuplicate });
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['imports'] }), queryClient.invalidateQueries({ queryKey: ['plans'] }), queryClient.invalidateQueries({ queryKey: ['duties'] })]);
      return planId;
    } catch (e) {
      fail(e);
      return null;
    } finally {
      setSaving(false);
    }
  };

  const discard = async () => {
    await api.delete(`/api/imports/${id}`);
    setSaved(latest.current);
    await queryClient.invalidateQueries({ queryKey: ['imports'] });
  };

  return { query, draft, dirty: draft !== saved, version, conflict, saving, error, update, save, publish, discard, reload, clearError: () => setError(null) };
}
