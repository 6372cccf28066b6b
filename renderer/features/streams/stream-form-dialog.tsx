import {
  streamTypeLabels,
  streamTypes,
  type StreamType,
} from '../../../shared/streams/stream-types';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { SubmitFooter } from '../../ui/submit-footer';
import { AllowedIpsField } from './allowed-ips-field';
import { FormAlert } from './form-alert';
import { TokenFields } from './token-fields';
import { useStreamForm, type StreamFormMode } from './use-stream-form';

/** Add a stream (with its token) or edit one (without); the Sandbox edits sender and rate only. */
export function StreamFormDialog({ mode, onClose }: { mode: StreamFormMode; onClose(): void }) {
  const {
    editing,
    sandbox,
    values,
    set,
    ipDraft,
    setIpDraft,
    token,
    errors,
    bodyRef,
    clear,
    busy,
    unplaced,
    submit,
  } = useStreamForm(mode, onClose);

  return (
    <Dialog
      title={editing ? `Edit ${editing.name}` : 'Add stream'}
      description={
        sandbox
          ? 'The built-in Sandbox sends no real messages. Only the sender and rate can change.'
          : editing
            ? undefined
            : 'Paste the token of a stream from your CommPeak account.'
      }
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <SubmitFooter
          label={editing ? 'Save changes' : 'Add stream'}
          busy={busy}
          onCancel={onClose}
        />
      }
    >
      <div ref={bodyRef} className="form-grid">
        <FormAlert messages={unplaced} />
        {sandbox ? null : (
          <>
            <Field label="Name" error={errors.name} className="span-2">
              {(control) => (
                <input
                  {...control}
                  data-autofocus
                  value={values.name}
                  maxLength={80}
                  autoComplete="off"
                  onChange={(e) => set('name', e.target.value)}
                />
              )}
            </Field>
            {mode.kind === 'add' ? (
              <TokenFields
                entry={token}
                errors={errors}
                onClear={clear}
                label="Token"
                className="span-2"
                hint="In your CommPeak account, under the stream’s settings."
              />
            ) : null}
            <Field label="Type" error={errors.type}>
              {(control) => (
                <select
                  {...control}
                  value={values.type}
                  onChange={(e) => set('type', e.target.value as StreamType)}
                >
                  {streamTypes.map((t) => (
                    <option key={t} value={t}>
                      {streamTypeLabels[t]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
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
        <Field
          label="Default sender"
          optional
          error={errors.defaultSender}
          className="span-2"
          hint="Up to 11 letters and digits, or up to 15 digits. Empty: each campaign chooses."
        >
          {(control) => (
            <input
              {...control}
              value={values.defaultSender}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => set('defaultSender', e.target.value)}
            />
          )}
        </Field>
        {sandbox ? null : (
          <>
            <div className="span-2">
              <AllowedIpsField
                ips={values.allowedIps}
                onChange={(ips) => set('allowedIps', ips)}
                draft={ipDraft}
                onDraftChange={setIpDraft}
                errors={errors}
              />
            </div>
            <Field
              label="Base URL"
              error={errors.baseUrl}
              className="span-2"
              hint="Change it only if CommPeak gave you another address."
            >
              {(control) => (
                <input
                  {...control}
                  type="url"
                  value={values.baseUrl}
                  spellCheck={false}
                  onChange={(e) => set('baseUrl', e.target.value)}
                />
              )}
            </Field>
          </>
        )}
      </div>
    </Dialog>
  );
}
