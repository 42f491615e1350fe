import { zodResolver } from '@hookform/resolvers/zod';
import type { ProviderDescriptor } from '@keylink/contract';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod/mini';
import type { LinkAccountMessages } from '../messages/LinkAccountMessages';

/** Builds the form's schema from the descriptor: trimmed, required, bounded, nothing stricter. */
export function credentialSchema(provider: ProviderDescriptor, messages: LinkAccountMessages) {
  const fields: Record<string, z.ZodMiniString<string>> = {};
  for (const field of provider.credentialFields) {
    // The format pattern is deliberately absent here: it warns beside the field, never blocks.
    fields[field.name] = z
      .string()
      .check(
        z.trim(),
        z.minLength(1, messages.fieldRequired(field.label)),
        z.maxLength(field.maxLength, messages.fieldTooLong(field.label, field.maxLength)),
      );
  }
  return z.object({ credentials: z.object(fields), region: z.string() });
}

export type CredentialSchema = ReturnType<typeof credentialSchema>;
export type CredentialValues = z.input<CredentialSchema>;
export type CredentialForm = UseFormReturn<CredentialValues, unknown, z.output<CredentialSchema>>;

/** The initial (and post-confirm) values: empty fields and the provider's default region. */
export function emptyCredentials(provider: ProviderDescriptor): CredentialValues {
  const credentials: Record<string, string> = {};
  for (const field of provider.credentialFields) credentials[field.name] = '';
  return { credentials, region: provider.defaultRegion ?? provider.regions[0]?.id ?? '' };
}

/**
 * The credential form. The values (the key) live only here, in react-hook-form's state: they are
 * read when the request is sent and reset once the account is linked.
 */
export function useCredentialForm(provider: ProviderDescriptor, messages: LinkAccountMessages) {
  const schema = useMemo(() => credentialSchema(provider, messages), [provider, messages]);
  const form: CredentialForm = useForm({
    resolver: zodResolver(schema),
    defaultValues: emptyCredentials(provider),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  return { form, schema };
}
