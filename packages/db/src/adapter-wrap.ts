/**
 * Small Proxy-based wrappers around Prisma driver adapters. Proxies (not subclasses) because the adapter classes are
 * not exported and their other members (getConnectionInfo, underlyingDriver, provider…) must pass through untouched.
 */
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from '@prisma/driver-adapter-utils';
import type { QueryEvent } from './types.ts';

/** Returns `target` with some members replaced; everything else is read from `target` (methods bound to it). */
export function override<T extends object>(target: T, replacements: Partial<T>): T {
  return new Proxy(target, {
    get(obj, prop) {
      if (Object.hasOwn(replacements, prop)) return (replacements as Record<PropertyKey, unknown>)[prop];
      // Read on the real object and bind methods to it: private fields and `this` keep working.
      const value = Reflect.get(obj, prop, obj);
      return typeof value === 'function' ? value.bind(obj) : value;
    },
  });
}

type Emit = (event: QueryEvent) => void;

function countQueryable<Q extends SqlDriverAdapter | Transaction>(target: Q, emit: Emit): Partial<Q> {
  return {
    queryRaw: (query: SqlQuery) => {
      emit({ sql: query.sql, args: query.args, kind: 'query' });
      return target.queryRaw(query);
    },
    executeRaw: (query: SqlQuery) => {
      emit({ sql: query.sql, args: query.args, kind: 'execute' });
      return target.executeRaw(query);
    },
  } as Partial<Q>;
}

function countAdapter(adapter: SqlDriverAdapter, emit: Emit): SqlDriverAdapter {
  return override(adapter, {
    ...countQueryable(adapter, emit),
    executeScript: (script: string) => {
      emit({ sql: script, args: [], kind: 'script' });
      return adapter.executeScript(script);
    },
    startTransaction: async (...args: Parameters<SqlDriverAdapter['startTransaction']>) => {
      const tx = await adapter.startTransaction(...args);
      return override(tx, countQueryable(tx, emit));
    },
  });
}

/** Wraps a factory so every statement sent through its connections (main and shadow) is reported to `emit`. */
export function countingFactory(
  factory: SqlMigrationAwareDriverAdapterFactory,
  emit: Emit,
): SqlMigrationAwareDriverAdapterFactory {
  return override(factory, {
    connect: async () => countAdapter(await factory.connect(), emit),
    // Shadow database work (migration replays) is not what tests count: leave it unreported.
    connectToShadowDb: () => factory.connectToShadowDb(),
  });
}

/** A tiny listener set shared by the Database object and its counting adapter. */
export function createQueryEvents(): {
  emit: Emit;
  on: (listener: Emit) => () => void;
} {
  const listeners = new Set<Emit>();
  return {
    emit: (event) => {
      for (const listener of listeners) listener(event);
    },
    on: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
