import { useEffect } from 'react';
import { useStreams } from '../../streams/streams-store';
import { useProgress } from './progress-store';

/**
 * Loads a campaign's figures and follows its pushed progress while the view is open (the events
 * reach the store through the app's one subscription), with the streams for its stream's name.
 */
export function useLiveProgress(id: number): void {
  useEffect(() => {
    void useStreams.getState().load();
    return useProgress.getState().watch(id);
  }, [id]);
}
