// Contract handlers for settings.* methods; a new auto-lock interval takes effect at once.
import type { HandlerMap } from '../dispatch/handler';
import { SettingsRepository } from './settingsRepository';

export const settingsHandlers: HandlerMap<'settings.get' | 'settings.update'> = {
  'settings.get': (_input, { vault }) => new SettingsRepository(vault.database()).read(),
  'settings.update': (input, { vault, autoLock }) => {
    const settings = new SettingsRepository(vault.database()).update(input);
    autoLock.settingChanged(settings.autoLockMinutes);
    return settings;
  },
};
