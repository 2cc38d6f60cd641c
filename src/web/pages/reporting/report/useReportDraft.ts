/**
 * The report draft as it is typed: kept in the browser on every change,
 * saved to the server shortly after typing stops, retried when the
 * connection comes back, and never written over someone else's save.
 *
 * Saves send the version the text is based on; the server refuses a stale
 * one with VERSION_CONFLICT and its own copy, and autosave stops until the
 * user chooses a side. Local copies follow draft-store.ts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { normaliseContent, type IndicatorValue, type ReportContent, type ReportForm } from '../../../../core/reporting/index.ts';
import { api, ApiError } from '../../../lib/api.ts';
import type { ServerCopy } from '../types.ts';
import { draftKey, readDraft, removeDraft, sameContent, writeDraft, type LocalDraft } from './draft-store.ts';

export type SaveState =
  | { kind: 'clean'; savedAt: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'offline' }
  | { kind: 'conflict'; current: ServerCopy }
  | { kind: 'error'; error: unknown };

/** Typing pauses this long before a save: one request per burst, not per key. */
const SAVE_DELAY_MS = 1200;
/** A failed request with the browser still "online" (server down, captive portal): try again after this. */
const RETRY_MS = 15_000;

interface Options {
  obligationId: string;
  userId: string;
  form: ReportForm;
  server: ServerCopy;
  editable: boolean;
}

interface Start {
  content: ReportContent;
  version: number;
  dirty: boolean;
  state: SaveState;
  /** When the draft came back from this browser rather than the server. */
  restoredAt: string | null;
  /** A local draft that can no longer be saved (the report left the unit's hands). */
  orphan: LocalDraft | null;
}

/** Decides, on load, between the server's copy and the one kept in this browser. */
function start(key: string, server: ServerCopy, editable: boolean): Start {
  const local = readDraft(key);
  const fromServer: Start = { content: server.content, version: server.version, dirty: false, state: { kind: 'clean', savedAt: server.updatedAt }, restoredAt: null, orphan: null };
  if (!local || !local.dirty || sameContent(local.content, server.content)) {
    removeDraft(key);
    return fromServer;
  }
  if (!editable) return { ...fromServer, orphan: local };
  if (local.baseVersion === server.version) {
    return { content: local.content, version: server.version, dirty: true, state: { kind: 'pending' }, restoredAt: local.changedAt, orphan: null };
  }
  // Someone saved after this text was typed: the user chooses, as for any conflict.
  return { content: local.content, version: local.baseVersion, dirty: true, state: { kind: 'conflict', current: server }, restoredAt: local.changedAt, orphan: null };
}

function serverCopyFrom(error: ApiError): ServerCopy | null {
  const current = (error.details as { current?: ServerCopy } | undefined)?.current;
  return current && typeof current.version === 'number' ? current : null;
}

export function useReportDraft({ obligationId, userId, form, server, editable }: Options) {
  const key = draftKey(userId, obligationId);
  const [initial] = useState(() => start(key, server, editable));
  const [content, setContentState] = useState(initial.content);
  const [state, setState] = useState<SaveState>(initial.state);
  const [restoredAt, setRestoredAt] = useState(initial.restoredAt);
  const [orphan, setOrphan] = useState(initial.orphan);
  // What the save loop works on; state above is only what the screen shows.
  const live = useRef({
    content: initial.content,
    version: initial.version,
    dirty: initial.dirty,
    blocked: initial.state.kind === 'conflict',
    inFlight: null as Promise<boolean> | null,
    timer: 0,
    retry: 0,
  });
  // The latest props for the save loop, which runs outside render.
  const formRef = useRef(form);
  const editableRef = useRef(editable);
  useEffect(() => {
    formRef.current = form;
    editableRef.current = editable;
  }, [form, editable]);

  const remember = useCallback(() => {
    const r = live.current;
    if (r.dirty) writeDraft(key, { content: r.content, baseVersion: r.version, dirty: true, changedAt: new Date().toISOString() });
    else removeDraft(key);
  }, [key]);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const r = live.current;
    if (!r.dirty) return true;
    if (r.blocked || !editableRef.current) return false;
    if (!navigator.onLine) {
      setState({ kind: 'offline' });
      return false;
    }
    const sent = r.content;
    setState({ kind: 'saving' });
    try {
      const res = await api.put<{ version: number }>(`/api/obligations/${obligationId}/report`, { content: normaliseContent(formRef.current, sent), version: r.version });
      r.version = res.version;
      if (r.content === sent) r.dirty = false;
      remember();
      setState(r.dirty ? { kind: 'pending' } : { kind: 'clean', savedAt: new Date().toISOString() });
      return true;
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'NETWORK' || error.status >= 500)) {
        // No answer, or the server failed: the text is safe in the browser; try again shortly.
        setState(error.code === 'NETWORK' ? { kind: 'offline' } : { kind: 'error', error });
        window.clearTimeout(r.retry);
        r.retry = window.setTimeout(() => void flushRef.current(), RETRY_MS);
      } else if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
        r.blocked = true;
        let current = serverCopyFrom(error);
        if (!current) {
          // A conflict without the server's copy (the report was created meanwhile): fetch it.
          const fresh = await api.get<{ report: ServerCopy }>(`/api/obligations/${obligationId}/report`).catch(() => null);
          current = fresh?.report ?? null;
        }
        setState(current ? { kind: 'conflict', current } : { kind: 'error', error });
      } else {
        setState({ kind: 'error', error });
      }
      return false;
    }
  }, [obligationId, remember]);

  /** Saves whatever is unsaved, waiting for a save already under way; true when the server has everything. */
  const flush = useCallback(async (): Promise<boolean> => {
    const r = live.current;
    window.clearTimeout(r.timer);
    while (r.inFlight) await r.inFlight;
    if (!r.dirty) return true;
    const run = saveOnce();
    r.inFlight = run;
    const ok = await run;
    r.inFlight = null;
    // Typing during the save: save again (the loop ends when nothing new was typed).
    return ok && r.dirty ? flush() : ok;
  }, [saveOnce]);
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const change = useCallback(
    (next: ReportContent) => {
      const r = live.current;
      r.content = next;
      r.dirty = true;
      setContentState(next);
      remember();
      if (r.blocked) return;
      setState(navigator.onLine ? { kind: 'pending' } : { kind: 'offline' });
      window.clearTimeout(r.timer);
      r.timer = window.setTimeout(() => void flushRef.current(), SAVE_DELAY_MS);
    },
    [remember],
  );

  // Sync a draft restored from this browser, and save again whenever the connection returns.
  useEffect(() => {
    const r = live.current;
    if (r.dirty && !r.blocked) void flushRef.current();
    const online = () => {
      if (live.current.dirty && !live.current.blocked) void flushRef.current();
    };
    const offline = () => {
      if (live.current.dirty && !live.current.blocked) setState({ kind: 'offline' });
    };
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      window.clearTimeout(r.retry);
      window.clearTimeout(r.timer);
      // Leaving the page right after typing: start the save now (the local copy covers a failure).
      if (r.dirty && !r.blocked && editableRef.current) void flushRef.current();
    };
  }, []);

  /** Replaces the draft with a copy the server holds (after an action, or the user's choice in a conflict). */
  const adopt = useCallback(
    (copy: ServerCopy) => {
      const r = live.current;
      window.clearTimeout(r.timer);
      r.content = copy.content;
      r.version = copy.version;
      r.dirty = false;
      r.blocked = false;
      setContentState(copy.content);
      remember();
      setState({ kind: 'clean', savedAt: copy.updatedAt });
      setRestoredAt(null);
    },
    [remember],
  );

  /** "Giữ bản của tôi": my text, saved on top of the version the server now has. */
  const keepMine = useCallback(
    async (current: ServerCopy) => {
      const r = live.current;
      r.version = current.version;
      r.blocked = false;
      r.dirty = true;
      remember();
      return flush();
    },
    [flush, remember],
  );

  /** After an upload moved the server's version without touching the text. */
  const setVersion = useCallback(
    (version: number) => {
      live.current.version = version;
      remember();
    },
    [remember],
  );

  const setNarrative = useCallback((key: string, text: string) => change({ ...live.current.content, narratives: { ...live.current.content.narratives, [key]: text } }), [change]);
  const setIndicators = useCallback((values: Record<string, IndicatorValue>) => change({ ...live.current.content, indicators: { ...live.current.content.indicators, ...values } }), [change]);

  return {
    content,
    state,
    restoredAt,
    orphan,
    /** The server version the text is based on (for actions and uploads, after `flush`). */
    version: () => live.current.version,
    dirty: () => live.current.dirty,
    setNarrative,
    setIndicators,
    flush,
    adopt,
    keepMine,
    setVersion,
    dismissRestored: () => setRestoredAt(null),
    discardOrphan: () => {
      removeDraft(key);
      setOrphan(null);
    },
  };
}

export type ReportDraft = ReturnType<typeof useReportDraft>;
