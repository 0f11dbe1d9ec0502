import type { StoreApi } from 'zustand/vanilla';
import { parseScenario } from '../../sim/scenario/parse';
import type { AppStore } from '../store/app-state';
import { parseCommand, PROTOCOL, type EmbedEvent } from './protocol';

/** Services the handler uses: the store to act on, the allowed sender, and functions to reply and to warn. */
export interface CommandContext {
  store: StoreApi<AppStore>;
  allowedOrigins: ReadonlySet<string>;
  /** The window a command must come from: the embedding page. */
  parent: MessageEventSource | null;
  reply: (event: EmbedEvent, origin: string) => void;
  warn: (message: string) => void;
}

/** Outcome of one message, for tests and logs. */
export type CommandOutcome = 'executed' | 'ignored' | 'rejected';

/**
 * Handles one message event: checks that it comes from the parent window and an allowed origin,
 * validates it, and only then executes it. Everything else is ignored with a warning and never
 * executed. A `load-scenario` with an invalid scenario gets a `rejected` reply that names the fields.
 */
export function handleCommandMessage(event: MessageEvent, context: CommandContext): CommandOutcome {
  if (event.source !== context.parent || context.parent === null) {
    context.warn('lambda-lanes: ignored a message that did not come from the embedding page.');
    return 'ignored';
  }
  if (!context.allowedOrigins.has(event.origin)) {
    context.warn(`lambda-lanes: ignored a message from ${event.origin}, which is not in the allow= list of the embed address.`);
    return 'ignored';
  }

  const parsed = parseCommand(event.data);
  if (!parsed.ok) {
    context.warn(`lambda-lanes: ignored an invalid command (${parsed.reason}). See docs/embedding.md for the commands.`);
    return 'ignored';
  }

  const actions = context.store.getState();
  const command = parsed.command;
  switch (command.type) {
    case 'play':
      actions.play();
      break;
    case 'pause':
      actions.pause();
      break;
    case 'set-speed':
      actions.setSpeed(command.speed);
      break;
    case 'load-preset':
      actions.loadPreset(command.preset);
      break;
    case 'load-scenario': {
      const result = parseScenario(command.scenario);
      if (!result.ok) {
        const reason = result.errors.map((error) => error.message).join(' ');
        context.warn(`lambda-lanes: ignored load-scenario because the scenario is invalid. ${reason}`);
        context.reply({ protocol: PROTOCOL, type: 'rejected', command: command.type, reason }, event.origin);
        return 'rejected';
      }
      actions.loadScenario(result.scenario, null);
      break;
    }
  }
  return 'executed';
}
