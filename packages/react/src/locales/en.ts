import type { AccountSummary } from '@keylink/contract';
import { intlFormat } from '../messages/intlFormat';
import type { LinkAccountLocale } from '../messages/LinkAccountLocale';

const { count, number, plural, seconds } = intlFormat('en');
const users = (value: number) => count(value, { one: 'user', other: 'users' });

/** "pinecone-bakery.example, with José Núñez’s key": what names an account to the person. */
function describeAccount(account: AccountSummary): string {
  return describeCompany(account.tenantLabel, account.ownerName ?? account.ownerEmail);
}

function describeCompany(company: string | null, owner: string | null): string {
  return [company, owner === null ? null : `with ${owner}’s key`]
    .filter((part) => part !== null)
    .join(', ');
}

/**
 * The English locale: built into the widget as its default, and the model every other locale
 * follows. Pass it only to lay overrides on English explicitly.
 *
 * @example
 * import { LinkAccount, en } from '@keylink/react';
 * <LinkAccount locale={en} messages={{ confirmButton: 'Link now' }} … />
 */
export const en: LinkAccountLocale = {
  tag: 'en',
  messages: {
    number,
    widgetLabel: 'Link account',
    loading: 'Loading…',
    cancel: 'Cancel',
    back: 'Back',
    tryAgain: 'Try again',
    opensInNewTab: '(opens in a new tab)',
    close: 'Close',
    title: (provider) => `Connect ${provider}`,
    titleReconnect: (provider) => `Reconnect ${provider}`,
    forOwner: (owner) => `For ${owner}`,
    loadFailedHeading: 'This page could not load',

    guideHeading: 'How to get your key',
    prerequisitesHeading: 'Before you start',
    noticeKinds: { prerequisite: 'Required', warning: 'Good to know' },
    stepsHeading: 'Steps',
    stepNumber: (step, total) => `Step ${step} of ${total}`,
    enlargeIllustration: (alt) => `Enlarge the picture: ${alt}`,
    syncedDataHeading: 'What will be synced',
    helpHeading: 'Need help?',
    contactSupport: (label) => `Contact ${label}:`,
    guideContinue: 'I have my key',
    guideContinueReconnect: 'I have my new key',
    guideShortcut: 'Already have a key?',
    guidePasteIt: 'Paste it',
    nextStep: 'Next step',

    formHeading: (provider) => `Enter your ${provider} credentials`,
    formHeadingReconnect: (provider) => `Enter your new ${provider} credentials`,
    reconnectNote:
      'The new credentials will replace the ones in use now. Nothing changes until you confirm.',
    regionLabel: 'Region',
    showSecret: (label) => `Show ${label}`,
    hideSecret: (label) => `Hide ${label}`,
    show: 'Show',
    hide: 'Hide',
    fieldRequired: (label) => `Enter your ${label}: it cannot be empty.`,
    fieldTooLong: (label, max) =>
      `This ${label} is longer than ${max} characters. Check that you pasted only the key.`,
    formatWarning: (label) =>
      `This does not look like a usual ${label}. Check that you copied all of it; you can still connect.`,
    connect: 'Check key',
    connectReconnect: 'Check new key',
    backToGuide: 'Back to the guide',
    showGuideStep: (step) => `Show step ${step} of the guide`,

    verifyingHeading: (provider) => `Checking with ${provider}…`,
    verifyingText: 'This usually takes a few seconds.',

    errorHeading: 'That did not work',
    errors: {
      invalid_credentials: ({ provider, guideStep, hasRegions }) =>
        `${provider} did not accept this key: it may be mistyped${hasRegions ? ', for another region' : ''} or revoked. Check that you pasted all of it${hasRegions ? ' and chose the right region' : ''}; if it still fails, generate a new key${guideStep ? ` (step ${guideStep} of the guide)` : ' as the guide shows'} and paste it here.`,
      insufficient_permissions: ({ provider }) =>
        `This key works, but it is not allowed to read your company's people in ${provider}: it was made by someone who is not a super admin. Ask a super admin to create the key by following the guide, then paste it here.`,
      api_not_enabled: ({ provider }) =>
        `${provider} refuses every key from your company because its API access is not enabled yet. Ask ${provider} support to enable API access; once they confirm, generate a new key and paste it here.`,
      provider_rate_limited: ({ provider }) =>
        `${provider} is receiving too many requests right now. We will try again for you.`,
      provider_unavailable: ({ provider }) =>
        `${provider} is not answering right now. Wait a moment and try again.`,
      provider_timeout: ({ provider }) =>
        `${provider} took too long to answer. Try again in a moment.`,
      provider_bad_response: ({ provider }) =>
        `${provider} answered in a way we did not expect. Try again; if it keeps happening, contact support.`,
      invalid_request: () =>
        'Some of what was sent was not accepted. Check the fields below and try again.',
      payload_too_large: () => 'What you pasted is too long. Paste only the key and try again.',
      unsupported_media_type: () =>
        'This page sent something the server cannot read. Reload the page and try again.',
      method_not_allowed: () =>
        'This page asked the server for something it does not offer. Reload the page and try again.',
      unauthorized: () => 'This link is not valid. Go back to the app and start again.',
      not_found: () =>
        'Something this page needs could not be found. Go back to the app and start again.',
      conflict: () => 'This changed somewhere else at the same time. Try again.',
      idempotency_conflict: () => 'This was already sent with different details. Try again.',
      session_expired: () => 'This link has expired. Go back to the app and start again.',
      session_used: () =>
        'This link has already been used. Go back to the app to see your connection.',
      session_not_verified: () =>
        'Your key needs to be checked again before linking. Paste it and select Check key.',
      too_many_attempts: () =>
        'Too many keys were tried with this link. Go back to the app and start again.',
      rate_limited: ({ retryAfterSeconds }) =>
        `Too many tries in a short time. Wait ${retryAfterSeconds === null ? 'a minute' : `${retryAfterSeconds} s`} and try again; your key is still in the field.`,
      account_mismatch: ({ provider, account }) =>
        `This key belongs to another ${provider} company than the account you are reconnecting${account ? ` (${describeAccount(account)})` : ''}. Nothing was changed. Paste a key of that account’s company; to connect the other company, go back to the app and add it as a new connection.`,
      account_needs_reconnect: ({ provider }) =>
        `The ${provider} connection needs a new key. Paste a new key and try again.`,
      service_unavailable: () =>
        'The server is restarting. Try again in a moment; your key is still in the field.',
      internal_error: () =>
        'Something went wrong on our side. Try again; if it keeps happening, contact support.',
      network_error: () => 'We could not reach the server. Check your connection and try again.',
      unexpected_response: () =>
        'The server sent an answer we did not understand. Try again; if it keeps happening, contact support.',
    },
    retryingIn: (left, attempt, max) =>
      `Trying again in ${seconds(left)} (try ${attempt} of ${max})…`,
    retryNow: 'Retry now',
    retryStopped: (tries) =>
      `We tried again ${tries} ${plural(tries, { one: 'time', other: 'times' })} for you. Try again when you are ready.`,
    retryPaused:
      'You changed the key, so we stopped trying again. Check the key when you are ready.',
    errorReference: (requestId) => `Reference for support: ${requestId}`,

    previewHeading: 'Here is what we found',
    keyOwner: (who) => `This key belongs to ${who}.`,
    unnamedOwner: 'a person without a name on file',
    adminBadge: 'Admin',
    partialAccess: (provider) =>
      `This key can see only part of your company, so only some people will sync. To sync everyone, use a key created by a super admin of ${provider}.`,
    alreadyLinked: (provider, company, owner) =>
      `This ${provider} company is already connected (${describeCompany(company, owner)}). Continuing updates that connection with this key instead of adding a second one.`,
    accessReducedHeading: 'This key sees less than the current one',
    accessReduced: (provider) =>
      `The connection sees your whole ${provider} company today; this key sees only part of it, so the people outside its reach would stop syncing. To keep everyone, use a key created by a super admin.`,
    accessReducedAcknowledge: 'I understand that only part of the company will sync with this key',
    previewFailed:
      'We could not read every user, so the counts below are not complete. You can still connect: the sync reads everyone later.',
    previewIncomplete: (usersSeen, provider) =>
      `We could read ${users(usersSeen)} before ${provider} stopped answering consistently, so the counts below may be short of your whole company. You can still connect; if people are missing, try again later or contact support.`,
    previewRefreshFailed: 'The counts could not be refreshed.',
    progressLabel: 'Reading users',
    progressText: (usersSeen, pagesRead) =>
      `${users(usersSeen)} read so far (${count(pagesRead, { one: 'page', other: 'pages' })})…`,
    statusHeading: 'Users by status',
    totalUsers: (value) => users(value),
    statuses: { active: 'Active', invited: 'Invited', pending: 'Pending', inactive: 'Inactive' },
    sampleHeading: 'A few of the users',
    sampleColumns: { name: 'Name', email: 'Email', title: 'Title', roles: 'Roles' },
    emptyValue: '—',
    rolesHeading: 'Roles',
    roleUsers: (value) => (value === null ? 'count unknown' : users(value)),
    roleCounting: 'counting…',
    previewContinue: 'Continue',
    useDifferentKey: 'Use a different key',

    confirmHeading: 'Confirm the connection',
    confirmHeadingReconnect: 'Confirm the new key',
    confirmSummary: (userCount, roles, provider, final) =>
      `${final ? '' : 'At least '}${users(userCount)} and ${count(roles, { one: 'role', other: 'roles' })} will sync from ${provider}.`,
    confirmReplace: (provider) => `The ${provider} key in use now will be replaced by this one.`,
    confirmRegion: (region) => `Region: ${region}`,
    confirmButton: 'Link account',
    confirmButtonReconnect: 'Replace key',
    confirming: 'Linking…',

    successHeading: "You're all set",
    successText: (provider) => `${provider} is connected. Your users and roles will sync shortly.`,
    successTextReconnect: (provider) => `Your ${provider} key has been replaced. Syncing goes on.`,
    successLinkedFor: (organisation, provider) => `${organisation} is linked to ${provider}.`,
    done: 'Done',

    endHeadings: {
      session_expired: 'This link has expired',
      session_used: 'This link has already been used',
      too_many_attempts: 'Too many attempts',
      unauthorized: 'This link is not valid',
    },
    endTexts: {
      session_expired: 'Links last a short while for safety. Go back to the app and start again.',
      session_used:
        'The account is already connected with this link. Go back to the app to see it.',
      too_many_attempts:
        'For safety, this link is locked after several tries. Go back to the app and start again.',
      unauthorized: 'Go back to the app and start again. If it keeps happening, contact support.',
    },
  },
};
