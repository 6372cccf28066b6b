import { streamTypeLabels, streamTypes } from '../../../shared/streams/stream-types';
import { Dialog } from '../../ui/dialog';
import { DialogActions } from '../../ui/dialog-actions';
import { Field } from '../../ui/field';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { useFormErrors } from '../../ui/use-form-errors';
import { AllowedIpsField } from './allowed-ips-field';
import { FormAlert } from './form-alert';
import { unplacedErrors } from './stream-form';
import { TokenFields } from './token-fields';
import { STREAM_FORM_KEYS, useStreamForm, type StreamFormMode } from './use-stream-form';
import { useTokenEntry } from './use-token-entry';

/** Add a stream (with its token) or edit one (without); the Sandbox edits sender and rate only. */
export function StreamFormDialog({ mode, onClose }: { mode: StreamFormMode; onClose(): void }) {
  // Asked for on add, and on edit when the address moves elsewhere (see needsToken).
  const token = useTokenEntry(true);
  const { errors, bodyRef, refuse, clear } = useFormErrors();
  const form = useStreamForm(mode, onClose, token, { refuse, clear });
  const { editing, restoring, sandbox, values, set } = form;
  const tokenFields = (hint: string) => (
    <TokenFields
      entry={token}
      errors={errors}
      onClear={clear}
      label="Token"
      className="span-2"
      hint={hint}
    />
  );

  return (
    <Dialog
      title={editing ? `Edit ${editing.name}` : restoring ? 'Enter the token again' : 'Add stream'}
      description={
        sandbox
          ? 'The built-in Sandbox sends no real messages. Only the sender and rate can change.'
          : editing
            ? undefined
            : restoring
              ? 'Its record could not be read. Check what was recovered and paste its token.'
              : 'Paste the token of a stream from your CommPeak account.'
      }
      onClose={onClose}
      onSubmit={() => void form.submit()}
      footer={
        <DialogActions
          label={editing ? 'Save changes' : 'Add stream'}
          busy={form.busy}
          onCancel={onClose}
        />
      }
    >
      <div ref={bodyRef} className="form-grid">
        <FormAlert messages={unplacedErrors(errors, STREAM_FORM_KEYS)} />
        {sandbox ? null : (
          <>
            <TextField
              label="Name"
              error={errors.name}
              className="span-2"
              value={values.name}
              onChange={(v) => set('name', v)}
              input={{ 'data-autofocus': true, maxLength: 80, autoComplete: 'off' }}
            />
            {mode.kind === 'add'
              ? tokenFields('In your CommPeak account, under the stream’s settings.')
              : null}
            <SelectField
              label="Type"
              error={errors.type}
              value={values.type}
              options={streamTypes}
              labelOf={(t) => streamTypeLabels[t]}
              onChange={(t) => set('type', t)}
            />
          </>
        )}
        <Field
          label="Rate limit"
          error={errors.rateLimit}
          hint="Message parts per second CommPeak allows on this stream."
        >
          {(control) => (
            <div className="input-with-suffix">
              <input
                {...control}
                data-autofocus={sandbox ? true : undefined}
                type="number"
                inputMode="numeric"
                min={1}
                max={10000}
                step={1}
                value={values.rateLimit}
                onChange={(e) => set('rateLimit', e.target.value)}
              />
              <span aria-hidden="true">parts/s</span>
            </div>
          )}
        </Field>
        <TextField
          label="Default sender"
          optional
          error={errors.defaultSender}
          className="span-2"
          hint="Up to 11 letters and digits, or up to 15 digits. Empty: each campaign chooses."
          value={values.defaultSender}
          onChange={(v) => set('defaultSender', v)}
          input={{ autoComplete: 'off', spellCheck: false }}
        />
        {sandbox ? null : (
          <>
            <div className="span-2">
              <AllowedIpsField
                ips={values.allowedIps}
                onChange={(ips) => set('allowedIps', ips)}
                draft={form.ipDraft}
                onDraftChange={form.setIpDraft}
                errors={errors}
              />
            </div>
            <TextField
              label="Base URL"
              error={errors.baseUrl}
              className="span-2"
              hint="Change it only if CommPeak gave you another address."
              value={values.baseUrl}
              onChange={(v) => set('baseUrl', v)}
              input={{ type: 'url', spellCheck: false }}
            />
            {editing && form.needsToken
              ? tokenFields(
                  'The address changed: enter the token again, so it goes only where you chose.',
                )
              : null}
          </>
        )}
      </div>
    </Dialog>
  );
}
