/** The machine's clock and its random UUIDs: the adapters of the Clock and IdSource ports. */
import { randomUUID } from 'node:crypto';
import type { Clock, IdSource } from '../application/ports/clock';

export const systemClock: Clock = () => new Date();

export const randomIds: IdSource = () => randomUUID();
