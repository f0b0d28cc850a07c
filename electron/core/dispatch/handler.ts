// The shape of a method handler and the context core gives it.
import type { AppEvent, MethodName, MethodOutput, ParsedInput } from '../../contract';
import type { OffThread } from '../jobs/offThread';
import type { AutoLock } from '../lock/autoLock';
import type { Vault } from '../vault/vault';

export interface HandlerContext {
  vault: Vault;
  /** The writer's calendar day now, as YYYY-MM-DD in local time. */
  today(): string;
  /** The injected clock (JournalOptions.now), for timestamps that must agree with today(). */
  now(): Date;
  emit(event: AppEvent): void;
  autoLock: Pick<AutoLock, 'touch' | 'settingChanged'>;
  /** Long work on a connection of its own in a job worker, so this thread keeps answering saves meanwhile. */
  jobs: Pick<OffThread, 'run' | 'cancel'>;
}

export type Handler<M extends MethodName> = (input: ParsedInput<M>, context: HandlerContext) => Promise<MethodOutput<M>> | MethodOutput<M>;

export type HandlerMap<Names extends MethodName> = { [M in Names]: Handler<M> };
