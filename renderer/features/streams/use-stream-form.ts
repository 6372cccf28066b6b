import { useEffect, useRef, useState } from 'react';
import type { StreamView } from '../../../shared/streams/stream-types';
import { useToasts } from '../../ui/toast-store';
import { peaksend } from '../../peaksend-api';
import {
  checkIpEntry,
  checkStreamFields,
  checkToken,
  emptyStreamForm,
  errorsFromServer,
  formFromStream,
  type FieldErrors,
  type StreamFormValues,
} from './stream-form';
import { useStreams } from './streams-store';
import { UNPROTECTED_REQUIRED } from './unprotected-choice';

export type StreamFormMode = { kind: 'add' } | { kind: 'edit'; stream: StreamView };

const FORM_KEYS = [
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
export function useStreamForm(mode: StreamFormMode, onSaved: () => void) {
  const editing = mode.kind === 'edit' ? mode.stream : null;
  const sandbox = editing?.builtIn ?? false;
  const { streams, storage, load } = useStreams();
  const show = useToasts((s) => s.show);
  const [values, setValues] = useState<StreamFormValues>(() =>
    editing ? formFromStream(editing) : emptyStreamForm(),
  );
  const [ipDraft, setIpDraft] = useState('');
  const [accepted, setAccepted] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const tokenRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  // Main may find the keychain gone after the dialog opened; then it asks here too.
  const [keychainLost, setKeychainLost] = useState(false);
  const needsAccept = mode.kind === 'add' && (storage?.level !== 'os-keychain' || keychainLost);

  // After a refused save, take the user to the first field that needs fixing.
  useEffect(() => {
    if (attempt > 0) bodyRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const set = <K extends keyof StreamFormValues>(key: K, value: StreamFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors(({ [key]: _dropped, ...rest }) => rest);
  };

  const refuse = (next: FieldErrors) => {
    setErrors(next);
    setAttempt((n) => n + 1);
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
    let token = '';
    if (mode.kind === 'add') {
      const checked = checkToken(tokenRef.current?.value ?? '');
      if (checked.ok) token = checked.value;
      else next.token = checked.error;
      if (needsAccept && !accepted) next.acceptUnprotected = UNPROTECTED_REQUIRED;
    }
    if (!fields.ok || Object.keys(next).length > 0) {
      refuse(next);
      return;
    }
    setBusy(true);
    const api = peaksend().streams;
    const result = editing
      ? await api.update({ ...fields.value, id: editing.id })
      : await api.add({ ...fields.value, token, acceptUnprotected: needsAccept && accepted });
    setBusy(false);
    if (!result.ok) {
      if (result.error.code === 'UNPROTECTED_STORAGE') setKeychainLost(true);
      refuse(errorsFromServer(result.error));
      return;
    }
    show(
      'success',
      editing ? `Saved “${result.value.name}”.` : `Stream “${result.value.name}” added.`,
    );
    void load();
    onSaved();
  };

  const unplaced = Object.entries(errors)
    .filter(([key]) => !FORM_KEYS.includes(key.split('.')[0] ?? ''))
    .map(([, message]) => message);

  return {
    editing,
    sandbox,
    storage,
    values,
    set,
    ipDraft,
    setIpDraft,
    accepted,
    setAccepted,
    errors,
    setErrors,
    busy,
    needsAccept,
    tokenRef,
    bodyRef,
    unplaced,
    submit,
  };
}
