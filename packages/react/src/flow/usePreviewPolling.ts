import type { PreviewResponse } from '@keylink/contract';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { RefObject } from 'react';
import type { LinkApi } from '../api/createLinkApi';
import { LinkApiError, toLinkAccountError } from '../api/LinkAccountError';
import type { LinkAccountEndReason } from '../messages/LinkAccountMessages';
import type { Emitter } from './createEmitter';
import { endReasonOf } from './linkReducer';

/** How often the preview is asked for while its counts are still arriving. */
export const PREVIEW_POLL_MS = 1000;

interface PreviewPollingOptions {
  api: LinkApi;
  /** Which verification this preview belongs to: a new key starts a new poll. */
  attempt: number;
  initial: PreviewResponse;
  emitter: Emitter;
  onSessionEnded: (reason: LinkAccountEndReason) => void;
  /**
   * The last preview state reported, owned by the caller so that coming back to the preview
   * step does not report it again.
   */
  reportedRef: RefObject<string | null>;
}

/**
 * The preview as it fills in: starts from the one verify returned, asks again every second while
 * it is `running`, and reports progress and readiness once per change.
 */
export function usePreviewPolling(options: PreviewPollingOptions) {
  const { api, attempt, initial, emitter, onSessionEnded, reportedRef } = options;
  const query = useQuery({
    queryKey: ['keylink', 'link-preview', attempt],
    queryFn: async ({ signal }) => {
      try {
        return await api.getPreview(signal);
      } catch (error) {
        const detail = toLinkAccountError(error);
        const reason = endReasonOf(detail);
        if (error instanceof LinkApiError) emitter.error(detail, 'preview');
        if (reason) onSessionEnded(reason);
        throw error;
      }
    },
    initialData: initial,
    // The verify answer is fresh: the first poll waits for the interval.
    staleTime: Infinity,
    refetchInterval: (current) =>
      current.state.data?.preview.status === 'running' && current.state.status !== 'error'
        ? PREVIEW_POLL_MS
        : false,
    refetchIntervalInBackground: true,
  });

  const preview = query.data.preview;
  useEffect(() => {
    const key = `${attempt}:${preview.status}:${preview.usersSeen}:${preview.pagesRead}:${preview.updatedAt}`;
    if (reportedRef.current === key) return;
    reportedRef.current = key;
    if (preview.status === 'running') {
      emitter.emit({
        type: 'preview_progress',
        usersSeen: preview.usersSeen,
        pagesRead: preview.pagesRead,
      });
    } else {
      emitter.emit({
        type: 'preview_ready',
        status: preview.status,
        usersSeen: preview.usersSeen,
        roles: preview.roles.length,
      });
    }
  }, [attempt, emitter, preview, reportedRef]);

  return { preview, refreshFailed: query.isError, refresh: () => void query.refetch() };
}
