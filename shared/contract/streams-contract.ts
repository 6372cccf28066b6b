import { z } from 'zod';
import { method } from './define';
import type { StreamView } from '../streams/stream-types';

export const streamsMethods = {
  'streams:list': method(z.undefined()).returns<StreamView[]>(),
};
