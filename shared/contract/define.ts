import type { z } from 'zod';

/** A request/response method: its input is parsed with `input` at every boundary. */
export interface MethodDef<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  /** Phantom: carries the output type only. */
  readonly output?: O;
}

/** A push event from main to the renderer (or from the engine to main). */
export interface EventDef<P = unknown> {
  readonly kind: 'event';
  /** Phantom: carries the payload type only. */
  readonly payload?: P;
}

export type MethodMap = Record<string, MethodDef>;
export type EventMap = Record<string, EventDef>;

export function method<I extends z.ZodType>(input: I): { returns<O>(): MethodDef<I, O> } {
  return { returns: <O>() => ({ input }) as MethodDef<I, O> };
}

export function event<P>(): EventDef<P> {
  return { kind: 'event' };
}

export type InputOf<D> = D extends MethodDef<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<D> = D extends MethodDef<infer I, unknown> ? z.output<I> : never;
export type OutputOf<D> = D extends MethodDef<z.ZodType, infer O> ? O : never;
export type PayloadOf<D> = D extends EventDef<infer P> ? P : never;

/** Arguments of a generated API function: none when the input schema accepts `undefined`. */
export type ArgsOf<D> = undefined extends InputOf<D> ? [input?: InputOf<D>] : [input: InputOf<D>];

/** One event as a `[name, payload]` pair: a union over the map, so a name fixes its payload. */
export type EventArgs<E extends EventMap> = {
  [K in keyof E & string]: [name: K, payload: PayloadOf<E[K]>];
}[keyof E & string];

/** Pushes one event of the map: `emit('campaigns:progress', progress)`, checked against the map. */
export type EmitterOf<E extends EventMap> = (...args: EventArgs<E>) => void;
