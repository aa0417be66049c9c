import type { Redis } from 'ioredis';

type Listener = EventListenerOrEventListenerObject;

/**
 * An EventTarget whose events travel through Redis pub/sub, so that every instance's
 * listeners hear every instance's events. Event details must be JSON. (Yoga's own
 * @graphql-yoga/redis-event-target pins ioredis 5; this is the same idea for ioredis 6.)
 */
export function redisEventTarget(publisher: Redis, subscriber: Redis, prefix: string) {
  const listeners = new Map<string, Set<Listener>>();
  subscriber.on('message', (channel: string, message: string) => {
    const type = channel.slice(prefix.length);
    const event = new CustomEvent(type, { detail: JSON.parse(message) as unknown });
    for (const listener of listeners.get(type) ?? []) {
      if (typeof listener === 'function') listener(event);
      else listener.handleEvent(event);
    }
  });
  return {
    addEventListener(type: string, listener: Listener | null) {
      if (!listener) return;
      const set = listeners.get(type) ?? new Set();
      if (set.size === 0) void subscriber.subscribe(prefix + type);
      set.add(listener);
      listeners.set(type, set);
    },
    removeEventListener(type: string, listener: Listener | null) {
      const set = listeners.get(type);
      if (!listener || !set) return;
      set.delete(listener);
      if (set.size === 0) {
        listeners.delete(type);
        void subscriber.unsubscribe(prefix + type);
      }
    },
    dispatchEvent(event: Event) {
      const detail = (event as CustomEvent<unknown>).detail;
      void publisher.publish(prefix + event.type, JSON.stringify(detail));
      return true;
    },
  };
}
