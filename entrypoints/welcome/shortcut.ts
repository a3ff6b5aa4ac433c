import { browser } from 'wxt/browser';
import { COMMANDS, OPEN_READER_COMMAND } from '../background/commands';

/**
 * The reader view's shortcut as the browser has it (the reader may have changed or removed it), or the manifest's
 * suggestion when the browser won't say.
 */
export async function readerShortcut(): Promise<string | null> {
  try {
    const command = (await browser.commands.getAll()).find((c) => c.name === OPEN_READER_COMMAND);
    return command ? command.shortcut || null : COMMANDS[OPEN_READER_COMMAND].suggested_key.default;
  } catch {
    return COMMANDS[OPEN_READER_COMMAND].suggested_key.default;
  }
}
