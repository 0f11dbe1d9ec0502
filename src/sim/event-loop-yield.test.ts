import { expect, it } from 'vitest';
import { createEventLoopYield } from './event-loop-yield';

it('lets queued messages run first', async () => {
  const channel = new MessageChannel();
  const received: string[] = [];
  channel.port1.onmessage = (event: MessageEvent<string>) => received.push(event.data);
  const yieldToHost = createEventLoopYield();

  channel.port2.postMessage('cancel');
  await yieldToHost();
  await yieldToHost();

  expect(received).toEqual(['cancel']);
  channel.port1.close();
});
