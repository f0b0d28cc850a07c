// Contract handlers for settings.* methods; a new auto-lock interval takes effect at once.
import type { HandlerMap } from '../dispatch/handler';
import type { settingsMethodNames } from '../../contract/settings/names';
import { SettingsRepository } from './settingsRepository';

export const settingsHandlers: HandlerMap<(typeof settingsMethodNames)[number]> = {
  'settings.get': (_input, { vault }) => new SettingsRepository(vault.database()).read(),
  'settings.update': (input, { vault, autoLock }) => {
    const settings = new SettingsRepository(vault.database()).update(input);
    autoLock.settingChanged(settings.autoLockMinutes);
    return settings;
  },
};
