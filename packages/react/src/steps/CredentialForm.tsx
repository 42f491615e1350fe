import type { LinkSession } from '@keylink/contract';
import { useId } from 'react';
import type { FormEvent } from 'react';
import { useWatch } from 'react-hook-form';
import type { LinkAccountError } from '../api/LinkAccountError';
import { ErrorNotice } from '../components/ErrorNotice';
import { ExternalLink } from '../components/ExternalLink';
import { RateLimitRetry } from '../components/RateLimitRetry';
import { StepHeading } from '../components/StepHeading';
import type { CredentialForm as CredentialFormState } from '../flow/useCredentialForm';
import { useMessages } from '../flow/WidgetContext';
import { CredentialInput } from './CredentialInput';

interface CredentialFormProps {
  session: LinkSession;
  form: CredentialFormState;
  /** The last verification's failure, kept until the next try. */
  error: LinkAccountError | null;
  /** Automatic retries already made after rate limits, in a row. */
  autoRetries: number;
  /** Whether the form still holds exactly what the person last submitted. */
  matchesSubmitted: (values: unknown) => boolean;
  onSubmit: (event?: FormEvent) => void;
  /** Resends what the person submitted (after a rate limit), never anything else. */
  onAutoRetry: () => void;
  onShowGuide: (focusStep?: number) => void;
  onCancel: () => void;
}

/** The region (when the provider has several) and the credential fields, then Connect. */
export function CredentialForm(props: CredentialFormProps) {
  const { session, form, error, autoRetries, onSubmit, onShowGuide, onCancel } = props;
  const messages = useMessages();
  const regionId = useId();
  const { provider } = session;
  const reconnect = session.mode === 'reconnect';
  const guideStep =
    provider.credentialFields.find((field) => field.guideStep !== undefined)?.guideStep ?? null;
  // Where to ask the provider for API access: its first help link.
  const helpLink = provider.helpLinks[0];
  const regionValue = useWatch({ control: form.control, name: 'region' });
  const selectedRegion = provider.regions.find((region) => region.id === regionValue);
  const regionError = form.formState.errors.region?.message;
  const regionDescribedBy = [
    selectedRegion?.description ? `${regionId}-hint` : null,
    regionError ? `${regionId}-error` : null,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <form className="kl-step kl-form" noValidate onSubmit={onSubmit}>
      <StepHeading>
        {reconnect
          ? messages.formHeadingReconnect(provider.name)
          : messages.formHeading(provider.name)}
      </StepHeading>
      {reconnect ? <p className="kl-note">{messages.reconnectNote}</p> : null}
      {error ? (
        <ErrorNotice
          error={error}
          provider={provider.name}
          support={provider.support}
          guideStep={guideStep}
          hasRegions={provider.regions.length > 0}
        >
          {error.code === 'provider_rate_limited' ? (
            <RateLimitRetry
              form={form}
              seconds={error.retryAfterSeconds ?? 10}
              autoRetries={autoRetries}
              matchesSubmitted={props.matchesSubmitted}
              onAutoRetry={props.onAutoRetry}
              onTryAgain={onSubmit}
            />
          ) : null}
          {error.code === 'insufficient_permissions' ? (
            <button
              type="button"
              className="kl-button kl-button-secondary"
              onClick={() => onShowGuide(1)}
            >
              {messages.showGuideStep(1)}
            </button>
          ) : null}
          {error.code === 'api_not_enabled' && helpLink ? <ExternalLink link={helpLink} /> : null}
          {error.code === 'invalid_credentials' ? (
            <button
              type="button"
              className="kl-button kl-button-secondary"
              onClick={() => onShowGuide(guideStep ?? 1)}
            >
              {messages.showGuideStep(guideStep ?? 1)}
            </button>
          ) : null}
        </ErrorNotice>
      ) : null}
      {provider.regions.length > 0 ? (
        <div className="kl-field">
          <label className="kl-label" htmlFor={regionId}>
            {messages.regionLabel}
          </label>
          <select
            id={regionId}
            className="kl-input kl-select"
            aria-describedby={regionDescribedBy || undefined}
            aria-invalid={regionError ? true : undefined}
            {...form.register('region')}
          >
            {provider.regions.map((region) => (
              <option key={region.id} value={region.id}>
                {region.label}
              </option>
            ))}
          </select>
          {selectedRegion?.description ? (
            <p id={`${regionId}-hint`} className="kl-hint">
              {selectedRegion.description}
            </p>
          ) : null}
          {regionError ? (
            <p id={`${regionId}-error`} className="kl-field-error">
              {regionError}
            </p>
          ) : null}
        </div>
      ) : null}
      {provider.credentialFields.map((field) => (
        <CredentialInput key={field.name} field={field} form={form} />
      ))}
      <div className="kl-actions">
        <button type="submit" className="kl-button kl-button-primary">
          {reconnect ? messages.connectReconnect : messages.connect}
        </button>
        <button type="button" className="kl-button kl-button-ghost" onClick={() => onShowGuide()}>
          {messages.backToGuide}
        </button>
        <button type="button" className="kl-button kl-button-ghost" onClick={onCancel}>
          {messages.cancel}
        </button>
      </div>
    </form>
  );
}
