// Small schemas every domain uses: "no input" and "nothing to return".
import { z } from 'zod';

export const none = z.object({}).strict().optional();
export const ok = z.object({});
