import { z } from 'zod';
import { channel } from './define';

export const demoContract = {
  /** Loads the fictional demo data set (electron/services/demo.ts); loading twice does nothing. */
  'demo.load': channel<{ cases: number }>()(z.object({}).strict()),
  /** Deletes every demo case (is_demo = 1); child tables follow through ON DELETE CASCADE. */
  'demo.remove': channel<{ removed: number }>()(z.object({}).strict()),
};
