import { useState } from 'react';
import type { StreamView } from '../../../shared/streams/stream-types';
import type { UnreadableStreamView } from '../../../shared/streams/unreadable-stream';
import { useToasts } from '../../ui/toast-store';
import type { FieldErrors } from '../../ui/use-form-errors';
import {
  checkIpEntry,
  checkStreamFields,
  emptyStreamForm,
  errorsFromServer,
  formFromStream,
  formFromUnreadable,
  movesOrigin,
  type StreamFormValues,
} from './stream-form';
import { useStreams } from './streams-store';
import type { TokenEntry } from './use-token-entry';

/** `restore`: a new stream from what could be read of an unreadable record, which it replaces. */
export type StreamFormMode =
  { kind: 'add'; restore?: UnreadableStreamView } | { kind: 'edit'; stream: StreamView };

/** The fields the dialog shows; a message under any other key goes to the form's alert. */
export const STREAM_FORM_KEYS = [
  'name',
  'type',
  'token',
  'defaultSender',
  'allowedIps',
  'baseUrl',
  'rateLimit',
  'acceptUnprotected',
];

/**
 * The Add/Edit stream form's state and its save: checks with the shared schema first, then lets
 * main decide, and maps main's per-field errors back next to the fields.
 */
export function useStreamForm(
  mode: StreamFormMode,
  onSaved: () => void,
  token: TokenEntry,
  { refuse, clear }: { refuse(errors: FieldErrors): void; clear(key: string): void },
) {
  const editing = mode.kind === 'edit' ? mode.stream : null;
  const { streams, add, update, removeUnreadable } = useStreams();
  const restoring = mode.kind === 'add' ? (mode.restore ?? null) : null;
  const show = useToasts((s) => s.show);
  const [values, setValues] = useState<StreamFormValues>(() =>
    editing
      ? formFromStream(editing)
      : restoring
        ? formFromUnreadable(restoring)
        : emptyStreamForm(),
  );
  const [ipDraft, setIpDraft] = useState('');
  const [busy, setBusy] = useState(false);
  // Main asked for the token (it saw a move the form did not): keep the field until saved.
  const [tokenAsked, setTokenAsked] = useState(false);
  const needsToken =
    mode.kind === 'add' ||
    (editing !== null && (tokenAsked || movesOrigin(editing, values.baseUrl)));

  const set = <K extends keyof StreamFormValues>(key: K, value: StreamFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    clear(key);
  };

  const submit = async () => {
    let ips = values.allowedIps;
    const next: Record<string, string> = {};
    if (ipDraft.trim() !== '') {
      const problem = checkIpEntry(ipDraft, ips);
      if (problem) next.allowedIps = problem;
      else ips = [...ips, ipDraft.trim()];
    }
    const fields = checkStreamFields({ ...values, allowedIps: ips }, streams, editing?.id ?? null);
    if (!fields.ok) Object.assign(next, fields.errors);
    const entered = needsToken ? token.read() : { token: '', errors: {} };
    Object.assign(next, entered.errors);
    if (!fields.ok || Object.keys(next).length > 0) return refuse(next);
    setBusy(true);
    const result = editing
      ? await update({
          ...fields.value,
          id: editing.id,
          ...(needsToken
            ? { token: entered.token, acceptUnprotected: token.acceptUnprotected }
            : {}),
        })
      : await add({
          ...fields.value,
          token: entered.token,
          acceptUnprotected: token.acceptUnprotected,
        });
    setBusy(false);
    if (!result.ok) {
      token.refused(result.error);
      if (result.error.code === 'TOKEN_REQUIRED') setTokenAsked(true);
      return refuse(errorsFromServer(result.error));
    }
    // The new record stands in for the unreadable one, which can go now.
    if (restoring) await removeUnreadable(restoring.key);
    show(
      'success',
      editing ? `Saved “${result.value.name}”.` : `Stream “${result.value.name}” added.`,
    );
    onSaved();
  };

  return {
    editing,
    restoring,
    /** The built-in Sandbox: only its sender and rate can change. */
    sandbox: editing?.builtIn ?? false,
    values,
    set,
    /** Adding, or moving the stream to another origin: the token field is shown and sent. */
    needsToken,
    ipDraft,
    setIpDraft,
    busy,
    submit,
  };
}
