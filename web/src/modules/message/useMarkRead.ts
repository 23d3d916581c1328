import { App } from 'antd';
import { useCallback } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { fieldErrors } from '../../lib/server-errors';
import { useSession } from '../auth';
import { setUnreadCount } from './unread-count';

const MarkMessagesReadMutation = graphql(`
  mutation MarkMessagesRead($ids: [Int!]) { markMessagesRead(ids: $ids) }
`);

/**
 * Marks the viewer's messages read (these ids, or all with null): the cache marks them at once (message-cache.ts)
 * and the bell takes the server's new unread count from the answer.
 */
export function useMarkRead(): (ids: number[] | null) => Promise<void> {
  const token = useSession()?.token;
  const { message } = App.useApp();
  const [, mark] = useMutation(MarkMessagesReadMutation);
  return useCallback(
    async (ids) => {
      const result = await mark({ ids });
      if (result.data) setUnreadCount(token, result.data.markMessagesRead);
      else if (result.error)
        void message.error(
          fieldErrors(result.error)
            .map((e) => e.reason)
            .join('；'),
        );
    },
    [mark, token, message],
  );
}
