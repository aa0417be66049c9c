import { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { RateLimitConfig } from '../config.js';

/** Each check answers the seconds to wait before trying again, or 0 to go ahead. */
export interface RateLimits {
  mutation(personId: string | null, address: string): Promise<number>;
  signIn(address: string): Promise<number>;
  /** Settles once Redis is connected; until then each instance counts on its own. */
  ready: Promise<void>;
  close(): Promise<void>;
}

function limiter(
  keyPrefix: string,
  points: number,
  duration: number,
  redis: Redis | undefined,
  namespace: string,
): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ keyPrefix, points, duration });
  // Counters live in Redis so that every instance counts together; if Redis fails, each
  // instance goes on counting alone rather than refusing everyone or no one.
  return redis
    ? new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${namespace}:${keyPrefix}`,
        points,
        duration,
        insuranceLimiter: memory,
      })
    : memory;
}

async function secondsToWait(limit: RateLimiterAbstract, key: string): Promise<number> {
  try {
    await limit.consume(key);
    return 0;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}

/**
 * Rate limits per person and per client address, in memory or, with `redisUrl`, in Redis
 * under keys starting with `namespace`.
 */
export function createRateLimits(
  config: RateLimitConfig,
  redisUrl?: string,
  namespace = 'piazza:rl',
): RateLimits {
  const redis = redisUrl
    ? new Redis(redisUrl, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        lazyConnect: false,
      })
    : undefined;
  // An unreachable Redis is reported once per failure, not thrown: the insurance limiter counts.
  redis?.on('error', (error: Error) => console.warn('Redis (rate limits):', error.message));
  const window = config.windowSeconds;
  const make = (name: string, points: number) => limiter(name, points, window, redis, namespace);
  const perPerson = make('mutation-person', config.mutationsPerPerson);
  const perAddress = make('mutation-address', config.mutationsPerAddress);
  const signIns = make('sign-in-address', config.signInsPerAddress);
  return {
    async mutation(personId, address) {
      const byAddress = await secondsToWait(perAddress, address);
      const byPerson = personId ? await secondsToWait(perPerson, personId) : 0;
      return Math.max(byAddress, byPerson);
    },
    signIn: (address) => secondsToWait(signIns, address),
    ready: redis
      ? new Promise<void>((resolve) => {
          if (redis.status === 'ready') resolve();
          else redis.once('ready', () => resolve());
        })
      : Promise.resolve(),
    async close() {
      await redis?.quit().catch(() => undefined);
    },
  };
}
