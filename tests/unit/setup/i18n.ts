/**
 * WXT's fake browser has no i18n ("not implemented"). Unit tests get the browser's behaviour on the English
 * messages, so components render the words a reader sees (and tests can look for them).
 */
import { fakeBrowser } from 'wxt/testing';
import { fillMessage, readLocale } from '../i18n-messages';

const en = readLocale('en');

fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | string[]) => {
  const message = en[key];
  return message ? fillMessage(message, substitutions === undefined ? [] : ([] as string[]).concat(substitutions)) : '';
};
fakeBrowser.i18n.getUILanguage = () => 'en';
